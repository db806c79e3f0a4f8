#include "ReportTestSupport.h"
#include "TestSupport.h"

#include "report/HtmlRenderer.h"
#include "report/MarkdownRenderer.h"
#include "report/PdfRenderer.h"
#include "report/ReportBuilder.h"
#include "report/ReportFonts.h"
#include "report/ReportText.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QGlyphRun>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <sys/inotify.h>
#include <unistd.h>

#include <algorithm>

using namespace Debrief;
using namespace Debrief::ReportTests;
using namespace Qt::StringLiterals;

namespace {

// Fields of the corpus that the report prints in full, as (table key in the JSON, field).
const QList<std::pair<QString, QString>> PrintedFields{
    {u"incident"_s, u"title"_s},           {u"incident"_s, u"summary"_s},
    {u"incident"_s, u"customer_impact"_s}, {u"incident"_s, u"regret"_s},
    {u"incident"_s, u"reason"_s},          {u"incident"_s, u"remedy"_s},
    {u"severityLevels"_s, u"name"_s},      {u"severityLevels"_s, u"definition"_s},
    {u"participants"_s, u"name"_s},        {u"participants"_s, u"team"_s},
    {u"stepNotes"_s, u"notes"_s},          {u"biasCallouts"_s, u"note"_s},
    {u"timelineEvents"_s, u"actor_name"_s}, {u"timelineEvents"_s, u"what_happened"_s},
    {u"timelineEvents"_s, u"known_then"_s}, {u"timelineEvents"_s, u"why_it_made_sense"_s},
    {u"timelineEvents"_s, u"hindsight_only"_s}, {u"eventViews"_s, u"view"_s},
    {u"evidence"_s, u"title"_s},           {u"evidence"_s, u"content"_s},
    {u"questions"_s, u"text"_s},           {u"questions"_s, u"notes"_s},
    {u"parkingLot"_s, u"text"_s},          {u"contributingFactors"_s, u"title"_s},
    {u"contributingFactors"_s, u"description"_s}, {u"remediationItems"_s, u"title"_s},
    {u"remediationItems"_s, u"specific_change"_s}, {u"remediationItems"_s, u"success_measure"_s},
    {u"remediationItems"_s, u"owner"_s},   {u"remediationItems"_s, u"tracker_url"_s},
    {u"declinedItems"_s, u"title"_s},      {u"declinedItems"_s, u"reason"_s},
};

// A QTextDocument that records every resource its layout asks for and loads none.
class RecordingDocument : public QTextDocument
{
public:
    QStringList requested;

protected:
    QVariant loadResource(int type, const QUrl &name) override
    {
        Q_UNUSED(type)
        requested.append(name.toString());
        return {};
    }
};

struct Corpus
{
    QString name;
    QString jsonPath;
    QStringList printed; // the printed field values, placeholders filled in
};


bool isRightToLeftLetter(char32_t c)
{
    return (c >= 0x0590 && c <= 0x08ff) || (c >= 0xfb1d && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff);
}

// Whether the report's fonts, fallbacks included, have a glyph for `c`: a character no
// installed font has prints as a box and cannot come back from the PDF (emoji on a system
// without an emoji font).
bool printable(char32_t c)
{
    static QHash<char32_t, bool> known;
    const auto found = known.constFind(c);
    if (found != known.cend())
        return *found;
    QTextLayout layout(QString::fromUcs4(&c, 1), ReportFonts::sans(9));
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    bool drawable = false;
    const QList<QGlyphRun> runs = layout.glyphRuns();
    for (const QGlyphRun &run : runs) {
        const QList<quint32> glyphs = run.glyphIndexes();
        drawable = drawable || std::any_of(glyphs.cbegin(), glyphs.cend(), [](quint32 g) { return g != 0; });
    }
    known.insert(c, drawable);
    return drawable;
}

// The characters that PDF text extraction returns in content-stream order: no white space
// (lines wrap), no format characters (a zero-width joiner has no glyph; pdftotext wraps
// right-to-left text in embeddings of its own), no right-to-left letters (pdftotext orders
// them itself, checked word by word instead) and no characters without a glyph.
QString sequential(const QString &text)
{
    QString result;
    const QList<uint> codes = text.toUcs4();
    for (const uint code : codes) {
        const auto c = char32_t(code);
        if (QChar::isSpace(c) || QChar::category(c) == QChar::Other_Format || isRightToLeftLetter(c)
            || !printable(c))
            continue;
        result += QString::fromUcs4(&c, 1);
    }
    return result;
}

QStringList rightToLeftWords(const QString &text)
{
    static const QRegularExpression word(u"[\\x{0590}-\\x{08FF}\\x{FB1D}-\\x{FDFF}\\x{FE70}-\\x{FEFF}]+"_s);
    QStringList words;
    for (auto it = word.globalMatch(text); it.hasNext();)
        words.append(it.next().captured());
    return words;
}

// Whether `expected` is printed whole, in order, where a page break may cut it: a slice on one
// page, the rest on the next (a table row broken over pages shows its cells slice by slice).
bool printedAcrossPages(const QStringList &pages, const QString &expected)
{
    for (qsizetype first = 0; first < pages.size(); ++first) {
        QString rest = expected;
        for (qsizetype page = first; page < pages.size(); ++page) {
            if (pages.at(page).contains(rest))
                return true;
            // The longest beginning of the rest on this page.
            qsizetype low = 0;
            qsizetype high = rest.size();
            while (low < high) {
                const qsizetype middle = (low + high + 1) / 2;
                if (pages.at(page).contains(QStringView(rest).left(middle)))
                    low = middle;
                else
                    high = middle - 1;
            }
            if (low < std::min<qsizetype>(20, rest.size()))
                break;
            rest = rest.mid(low);
        }
    }
    return false;
}

// Markdown with its fenced code blocks left out: inside a fence, "![" and "<img" are code.
QString outsideCodeFences(const QString &markdown)
{
    static const QRegularExpression opening(u"^ {0,3}(`{3,}|~{3,})"_s);
    QString result;
    QString fence;
    const QStringList lines = markdown.split(u'\n');
    for (const QString &line : lines) {
        if (fence.isEmpty()) {
            const QRegularExpressionMatch match = opening.match(line);
            if (match.hasMatch())
                fence = match.captured(1);
            else
                result += line + u'\n';
        } else {
            const QString trimmed = line.trimmed();
            if (trimmed.size() >= fence.size() && trimmed.startsWith(fence)
                && trimmed.count(fence.at(0)) == trimmed.size())
                fence.clear();
        }
    }
    return result;
}

} // namespace

// The hostile-text corpus of tests/data/hostile: every output shows document text literally
// and loads nothing from disk or network.
class TestReportSecurity : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QTcpServer m_server;
    QString m_canary;
    int m_inotify = -1;
    QList<Corpus> m_corpus;

    void expectNothingLoaded()
    {
        QCoreApplication::processEvents();
        QVERIFY2(!m_server.waitForNewConnection(50), "something connected to the network canary");
        char buffer[4096];
        const ssize_t events = ::read(m_inotify, buffer, sizeof buffer);
        QVERIFY2(events <= 0, "something opened the file canary");
    }

    const Corpus &corpus(const QString &name) const
    {
        for (const Corpus &candidate : m_corpus) {
            if (candidate.name == name)
                return candidate;
        }
        return m_corpus.constFirst();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
        m_canary = m_dir.filePath(u"canary.png"_s);
        QVERIFY(writeFile(m_canary, QByteArray::fromBase64(
                                        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==")));
        m_inotify = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
        QVERIFY(m_inotify >= 0);
        QVERIFY(inotify_add_watch(m_inotify, QFile::encodeName(m_canary).constData(),
                                  IN_OPEN | IN_ACCESS) >= 0);

        const QDir source(TestSupport::dataPath(u"hostile"_s));
        const QStringList files = source.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 2);
        for (const QString &file : files) {
            QFile input(source.filePath(file));
            QVERIFY(input.open(QIODevice::ReadOnly));
            QString json = QString::fromUtf8(input.readAll());
            json.replace(u"{{PORT}}"_s, QString::number(m_server.serverPort()));
            json.replace(u"{{CANARY}}"_s, m_canary);
            const QString path = m_dir.filePath(file);
            QVERIFY(writeFile(path, json.toUtf8()));
            Corpus entry{file, path, {}};
            const QJsonObject root = QJsonDocument::fromJson(json.toUtf8()).object();
            for (const auto &[table, field] : PrintedFields) {
                const QJsonValue value = root.value(table);
                const QJsonObject record = value.isArray() ? value.toArray().first().toObject() : value.toObject();
                const QString text = record.value(field).toString();
                QVERIFY2(text.startsWith(u'['), qPrintable(table + u'.' + field));
                entry.printed.append(text);
            }
            m_corpus.append(entry);
        }
        expectNothingLoaded();
    }

    void cleanupTestCase()
    {
        if (m_inotify >= 0)
            ::close(m_inotify);
    }

    void pdfShowsTextLiterally_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : {u"markup.json"_s, u"unicode.json"_s})
            QTest::newRow(qPrintable(name)) << name;
    }

    void pdfShowsTextLiterally()
    {
        QFETCH(QString, name);
        const Corpus &entry = corpus(name);
        auto document = importJson(entry.jsonPath, m_dir.path());
        QVERIFY(document);
        QString error;
        const QByteArray pdf = PdfRenderer::pdf(ReportBuilder::build(*document), {}, &error);
        QVERIFY2(!pdf.isEmpty(), qPrintable(error));
        const QString path = m_dir.filePath(name + u".pdf"_s);
        QVERIFY(writeFile(path, pdf));
        QCOMPARE(qpdfProblems(path), QString());
        // Content-stream order (table cells and entries come out one after the other) of each
        // page's body, without the running header and footer, which repeat the title.
        const QString pageSize = pdfInfo(path).value(u"Page size"_s);
        const int pageHeight = int(pageSize.section(u' ', 2, 2).toDouble());
        QVERIFY2(pageHeight > 500, qPrintable(pageSize));
        const QString raw = runTool(u"pdftotext"_s, {u"-raw"_s, u"-enc"_s, u"UTF-8"_s, u"-x"_s, u"0"_s,
                                                     u"-y"_s, u"50"_s, u"-W"_s, u"2000"_s, u"-H"_s,
                                                     QString::number(pageHeight - 100), path, u"-"_s})
                                .out;
        QStringList pages = raw.split(u'\f');
        for (QString &page : pages)
            page = sequential(page);
        QString words = raw;
        words.remove(QRegularExpression(u"[\\s\\p{Cf}]"_s));
        for (const QString &value : entry.printed) {
            const QString visible = ReportText::visible(value);
            QVERIFY2(printedAcrossPages(pages, sequential(visible)),
                     qPrintable(u"not literal in the PDF: "_s + value.left(60)));
            for (const QString &word : rightToLeftWords(visible)) {
                QString reversed = word;
                std::reverse(reversed.begin(), reversed.end());
                QVERIFY2(words.contains(word) || words.contains(reversed), qPrintable(word));
            }
        }
        expectNothingLoaded();
    }

    void htmlEscapesEverything_data()
    {
        pdfShowsTextLiterally_data();
    }

    void htmlEscapesEverything()
    {
        QFETCH(QString, name);
        const Corpus &entry = corpus(name);
        auto document = importJson(entry.jsonPath, m_dir.path());
        QVERIFY(document);
        const QString html = HtmlRenderer::html(ReportBuilder::build(*document));
        QVERIFY(html.contains(u"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"_s));
        // No element that loads or runs anything, whatever the document says. Document text
        // is escaped, so every "<" starts one of the renderer's own tags: parse them all and
        // allow only inert elements and attributes. ("src=" in escaped text is just text.)
        for (const QString &forbidden : {u"<img"_s, u"<script"_s, u"<iframe"_s, u"<object"_s,
                                         u"<embed"_s, u"<link"_s, u"<a href=\"http"_s}) {
            QVERIFY2(!html.contains(forbidden, Qt::CaseInsensitive), qPrintable(forbidden));
        }
        static const QRegularExpression tag(
            u"<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:\\s+[a-zA-Z][a-zA-Z0-9:-]*(?:=\"[^\"<>]*\")?)*)\\s*/?>"_s);
        static const QRegularExpression attribute(u"\\s+([a-zA-Z][a-zA-Z0-9:-]*)(?:=\"([^\"]*)\")?"_s);
        static const QStringList elements{
            u"html"_s, u"head"_s, u"meta"_s, u"title"_s, u"style"_s, u"body"_s, u"main"_s, u"nav"_s,
            u"section"_s, u"footer"_s, u"div"_s, u"p"_s, u"br"_s, u"span"_s, u"strong"_s, u"em"_s,
            u"code"_s, u"pre"_s, u"h1"_s, u"h2"_s, u"h3"_s, u"h4"_s, u"ol"_s, u"ul"_s, u"li"_s,
            u"dl"_s, u"dt"_s, u"dd"_s, u"a"_s, u"table"_s, u"colgroup"_s, u"col"_s, u"thead"_s,
            u"tbody"_s, u"tr"_s, u"th"_s, u"td"_s, u"svg"_s, u"line"_s, u"rect"_s, u"circle"_s,
            u"polygon"_s, u"text"_s, u"g"_s};
        static const QStringList attributes{
            u"lang"_s, u"charset"_s, u"http-equiv"_s, u"name"_s, u"content"_s, u"class"_s, u"id"_s,
            u"href"_s, u"role"_s, u"aria-label"_s, u"style"_s, u"colspan"_s, u"scope"_s,
            u"xmlns"_s, u"viewbox"_s, u"width"_s, u"height"_s, u"x"_s, u"y"_s, u"x1"_s, u"y1"_s,
            u"x2"_s, u"y2"_s, u"cx"_s, u"cy"_s, u"r"_s, u"points"_s, u"fill"_s, u"stroke"_s,
            u"stroke-width"_s, u"stroke-dasharray"_s, u"font-family"_s, u"font-size"_s,
            u"font-weight"_s, u"text-anchor"_s};
        int tags = 0;
        for (qsizetype at = html.indexOf(u'<', html.indexOf(u"<html"_s)); at >= 0;
             at = html.indexOf(u'<', at + 1)) {
            const QRegularExpressionMatch match = tag.match(html, at, QRegularExpression::NormalMatch,
                                                            QRegularExpression::AnchorAtOffsetMatchOption);
            QVERIFY2(match.hasMatch(), qPrintable(u"stray markup: "_s + html.mid(at, 60)));
            ++tags;
            const QString element = match.captured(2).toLower();
            QVERIFY2(elements.contains(element), qPrintable(element));
            for (auto it = attribute.globalMatch(match.captured(3)); it.hasNext();) {
                const QRegularExpressionMatch pair = it.next();
                const QString key = pair.captured(1).toLower();
                const QString value = pair.captured(2);
                QVERIFY2(attributes.contains(key), qPrintable(element + u' ' + key));
                if (key == "href"_L1)
                    QVERIFY2(value.startsWith(u'#'), qPrintable(value));
                if (key == "style"_L1) {
                    static const QRegularExpression layoutOnly(u"^(width:[0-9.]+%;?)+$"_s);
                    QVERIFY2(layoutOnly.match(value).hasMatch(), qPrintable(value));
                }
                if (key == "xmlns"_L1)
                    QCOMPARE(value, u"http://www.w3.org/2000/svg"_s);
            }
        }
        QVERIFY(tags > 100);
        QCOMPARE(html.count(u"<style>"_s), 1);
        const qsizetype styleStart = html.indexOf(u"<style>"_s);
        const QString style = html.mid(styleStart, html.indexOf(u"</style>"_s) - styleStart);
        for (const QString &forbidden : {u"url("_s, u"@import"_s, u"expression("_s, u"\\"_s})
            QVERIFY2(!style.contains(forbidden, Qt::CaseInsensitive), qPrintable(forbidden));
        // Our own inline markup removed, the document's text is there, escaped.
        static const QRegularExpression ownTags(u"</?(span|strong|em)( class=\"[a-z0-9 ]+\")?>"_s);
        QString plain = html;
        plain.remove(ownTags).replace(u"<br>"_s, u"\n"_s);
        for (const QString &value : entry.printed) {
            const QString expected = ReportText::visible(value).toHtmlEscaped();
            QVERIFY2(plain.contains(expected), qPrintable(u"not escaped in HTML: "_s + value.left(60)));
        }
        expectNothingLoaded();
    }

    void markdownEscapesEverything_data()
    {
        pdfShowsTextLiterally_data();
    }

    void markdownEscapesEverything()
    {
        QFETCH(QString, name);
        const Corpus &entry = corpus(name);
        auto document = importJson(entry.jsonPath, m_dir.path());
        QVERIFY(document);
        const QString markdown = MarkdownRenderer::markdown(ReportBuilder::build(*document));
        // An image needs an unescaped "![" or "<img" outside code (evidence is printed as code,
        // where both are literal text). No raw HTML either, not even the renderer's own: a
        // reader that meets an HTML tag may take what follows for HTML.
        static const QRegularExpression image(u"(?<!\\\\)(!\\[|<[a-zA-Z/!?])"_s);
        const QRegularExpressionMatch found = image.match(outsideCodeFences(markdown));
        QVERIFY2(!found.hasMatch(), qPrintable(found.captured()));

        // Read it back as a Markdown reader would (md4c, GitHub dialect) and lay it out.
        RecordingDocument reader;
        reader.setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
        reader.setTextWidth(600);
        QVERIFY(reader.documentLayout()->documentSize().height() > 0);
        QVERIFY2(reader.requested.isEmpty(), qPrintable(reader.requested.join(u", "_s)));
        for (QTextBlock block = reader.begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                QVERIFY(!fragment.charFormat().isImageFormat());
                if (fragment.charFormat().isAnchor()) {
                    // Only bare URLs are linked (autolinks), never a [text](target) from a field.
                    const QString href = fragment.charFormat().anchorHref();
                    QVERIFY2(href.endsWith(fragment.text()) || fragment.text().endsWith(href),
                             qPrintable(href + u" ← "_s + fragment.text()));
                    QVERIFY(!href.startsWith(u"javascript:"_s));
                }
            }
        }
        const QString text = squeezed(reader.toPlainText());
        for (const QString &value : entry.printed) {
            QString expected = ReportText::visible(value);
            // Tabs and leading spaces carry no meaning in Markdown paragraphs.
            QVERIFY2(text.contains(squeezed(expected)), qPrintable(u"not literal in Markdown: "_s + value.left(60)));
        }
        expectNothingLoaded();
    }

    void commandLineLoadsNothing()
    {
        for (const Corpus &entry : std::as_const(m_corpus)) {
            const QString debrief = m_dir.filePath(entry.name + u".cli.debrief"_s);
            QCOMPARE(TestSupport::runDebrief({u"import-json"_s, entry.jsonPath, debrief}).exitCode, 0);
            const QString stem = m_dir.filePath(entry.name + u".cli"_s);
            const TestSupport::ProcessResult result = TestSupport::runDebrief(
                {u"export"_s, debrief, u"--pdf"_s, stem + u".pdf"_s, u"--html"_s, stem + u".html"_s,
                 u"--markdown"_s, stem + u".md"_s, u"--statement"_s, stem + u"-statement.pdf"_s});
            QVERIFY2(result.exitCode == 0, result.err.constData());
            QCOMPARE(qpdfProblems(stem + u".pdf"_s), QString());
            QCOMPARE(qpdfProblems(stem + u"-statement.pdf"_s), QString());
            expectNothingLoaded();
        }
    }

    void renderersNeverParseMarkup()
    {
        // The design guarantee behind the corpus: no report code hands text to a rich-text
        // parser, so document text cannot become markup (QTextDocument would load <img>).
        const QDir root(qEnvironmentVariable("DEBRIEF_SOURCE_DIR"));
        int files = 0;
        for (const QString &folder : {u"src/core/report"_s, u"src/widgets/report"_s}) {
            QDirIterator it(root.filePath(folder), {u"*.cpp"_s, u"*.h"_s}, QDir::Files);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QByteArray code = file.readAll();
                ++files;
                for (const char *call : {"setHtml", "setMarkdown", "QTextDocument", "insertHtml",
                                         "Qt::RichText", "QTextBrowser"})
                    QVERIFY2(!code.contains(call), qPrintable(it.filePath() + u": "_s + QLatin1StringView(call)));
            }
        }
        QVERIFY(files >= 10);
    }
};

QTEST_MAIN(TestReportSecurity)
#include "TestReportSecurity.moc"
