#pragma once

#include <QDateTime>
#include <QList>
#include <QRgb>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <variant>

// The report of a post-mortem as plain data: ordered sections of headings, paragraphs, tables,
// code and the timeline figure. ReportBuilder makes it once from a document; the PDF, HTML and
// Markdown renderers only lay it out. Every string in it is literal text, never markup.
namespace Debrief {

enum class TextStyle : quint8 {
    Plain,
    Strong,
    Emphasis,
    Muted,
    Label,   // run-in label before a value ("What they knew then:")
    Tag,     // a short status word (milestone, dissent, question status)
    Warning, // something the reader should check (a missing SMART part, an odd milestone)
};

struct TextSpan
{
    QString text;
    TextStyle style = TextStyle::Plain;
};
using Spans = QList<TextSpan>;

struct ReportParagraph
{
    enum class Role : quint8 { Body, Small, Quote, Bullet };
    Spans spans;
    Role role = Role::Body;
    bool keepWithNext = false; // a lead-in (a question, a label) stays on the page of what follows
};

struct ReportHeading
{
    int level = 2; // 1 is the section title; sections emit it themselves
    QString text;
};

// Label/value rows, as in the title block.
struct ReportFields
{
    struct Row
    {
        QString label;
        QList<ReportParagraph> value;
    };
    QList<Row> rows;
};

struct ReportTable
{
    using Cell = QList<ReportParagraph>;
    QStringList header;
    QList<qreal> columnWeights; // relative widths, one per column
    QList<QList<Cell>> rows;
};

// One highlighted stretch of a code line, from KSyntaxHighlighting's "Printing" theme.
struct HighlightRun
{
    int start = 0;
    int length = 0;
    QRgb color = 0;
    QRgb background = 0; // 0: none
    bool bold = false;
    bool italic = false;
    bool underline = false;
};

struct CodeLine
{
    QString text;
    QList<HighlightRun> runs;
};

struct ReportCode
{
    QString title;
    QString caption;       // kind, file name, highlighting definition
    QString languageToken; // safe info string for a Markdown fence, may be empty
    QList<CodeLine> lines;
    int omittedLines = 0; // lines of the excerpt beyond what the report prints
};

// One timeline event as an entry: a time in the margin, a headline, then paragraphs.
struct ReportEntry
{
    QString marker; // the time, as the incident's zone shows it
    Spans headline;
    QList<ReportParagraph> paragraphs;
};

// The data of the visual timeline; renderers draw it as vector graphics.
struct TimelineFigure
{
    struct Event
    {
        QDateTime at;
        QDateTime until; // null unless a range
        int lane = 0;
        QString kind; // EventKind key
        bool approximate = false;
    };
    struct Milestone
    {
        QDateTime at;
        QString key; // Milestone key
        QString label;
        bool approximate = false;
    };
    QDateTime from;
    QDateTime to;
    QTimeZone zone;
    QStringList lanes;
    QList<Event> events;
    QList<Milestone> milestones;
    QDateTime impactFrom; // shaded band, null when unknown
    QDateTime impactTo;
    QList<std::pair<QString, QString>> legend; // (EventKind key, label) of the kinds shown
};

// The block at the top of the first page.
struct ReportTitleBlock
{
    QString title;
    QString subtitle;
    ReportFields fields;
    ReportTable participants; // empty when there are none
};

// A list of the sections with the page each starts on (filled in by paginating renderers).
struct ReportContents
{
};

using ReportBlock = std::variant<ReportHeading, ReportParagraph, ReportFields, ReportTable,
                                 ReportCode, ReportEntry, TimelineFigure, ReportTitleBlock,
                                 ReportContents>;

struct ReportSection
{
    QString key; // stable identifier: "summary", "timeline", ... (tests, anchors)
    QString title;
    bool showTitle = true;
    bool startsPage = false;
    QList<ReportBlock> blocks;
};

struct Report
{
    // Document properties for PDF metadata and HTML head.
    QString title;
    QString reference;
    QString author;
    QString subject;
    QStringList keywords;
    QString language; // BCP 47 of the report's UI language
    QString footerNote;
    QList<ReportSection> sections;

    const ReportSection *section(const QString &key) const
    {
        for (const ReportSection &candidate : sections) {
            if (candidate.key == key)
                return &candidate;
        }
        return nullptr;
    }
    QStringList sectionKeys() const
    {
        QStringList keys;
        for (const ReportSection &candidate : sections)
            keys.append(candidate.key);
        return keys;
    }
};

// Plain text of a list of spans, for renderers that do not style.
inline QString plainText(const Spans &spans)
{
    QString text;
    for (const TextSpan &span : spans)
        text += span.text;
    return text;
}

} // namespace Debrief
