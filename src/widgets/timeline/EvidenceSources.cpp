#include "EvidenceSources.h"

#include "importers/LogImporter.h"
#include "report/EvidenceHighlighter.h"
#include "report/SyntaxRepository.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QStringDecoder>

namespace Debrief {

using namespace Qt::StringLiterals;

namespace {

// What is looked at to guess: enough lines to be sure, few enough to be instant.
constexpr qsizetype SampleChars = 16 * 1024;

QString existing(const QString &name)
{
    return syntaxRepository().definitionForName(name).isValid() ? name : QString();
}

QString kindOfDefinition(const KSyntaxHighlighting::Definition &definition)
{
    const QString section = definition.section();
    const QString name = definition.name();
    if (name.startsWith("Log File"_L1))
        return u"log"_s;
    if (section == "Configuration"_L1 || name == "JSON"_L1 || name == "YAML"_L1
        || name == "XML"_L1 || name == "TOML"_L1)
        return u"config"_s;
    if (section == "Scripts"_L1
        && (name == "Bash"_L1 || name == "Zsh"_L1 || name == "Fish"_L1 || name == "PowerShell"_L1))
        return u"command"_s;
    if (section == "Sources"_L1 || section == "Scripts"_L1 || section == "Database"_L1
        || section == "Assembler"_L1)
        return u"code"_s;
    return u"other"_s;
}

bool looksLikeLog(const QString &sample)
{
    LogImportOptions options;
    const LogImportResult result = LogImporter::parse(sample.toUtf8(), options);
    if (!result.ok() || result.candidates.isEmpty())
        return false;
    // Lines without a stamp that follow one (stack traces) belong to it; most of the text
    // must be stamped entries for it to be a log.
    return result.unreadableCount * 3 <= result.lineCount
           && (result.candidates.size() >= 2 || result.lineCount <= 2);
}

QStringList meaningfulLines(const QString &sample)
{
    QStringList lines;
    for (QStringView line : QStringView(sample).split(u'\n')) {
        const QStringView trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith(u'#'))
            lines.append(trimmed.toString());
        if (lines.size() >= 200)
            break;
    }
    return lines;
}

} // namespace

EvidenceSources::Guess EvidenceSources::guess(const QString &content, const QString &fileName)
{
    const QString sample = content.left(SampleChars);
    if (!sample.trimmed().isEmpty() && looksLikeLog(sample))
        return {u"log"_s, existing(u"Log File (advanced)"_s)};

    KSyntaxHighlighting::Repository &repository = syntaxRepository();
    if (!fileName.isEmpty()) {
        const auto definition = repository.definitionForFileName(fileName);
        if (definition.isValid())
            return {kindOfDefinition(definition), definition.name()};
    }

    const QString trimmed = sample.trimmed();
    if (trimmed.startsWith(u'{') || trimmed.startsWith(u'[')) {
        QJsonParseError error;
        QJsonDocument::fromJson(content.toUtf8(), &error);
        if (error.error == QJsonParseError::NoError)
            return {u"config"_s, existing(u"JSON"_s)};
    }
    const QStringList lines = meaningfulLines(sample);
    if (!lines.isEmpty()) {
        // A pasted terminal session: prompts followed by commands.
        static const QRegularExpression prompt(u"^(\\$|[\\w.@-]+[$#]|>)\\s+\\S"_s);
        if (prompt.match(lines.constFirst()).hasMatch())
            return {u"command"_s, existing(u"Bash"_s)};
        static const QRegularExpression yamlKey(u"^(- )?[\\w.\"'-]+:(\\s|$)"_s);
        static const QRegularExpression iniLine(u"^(\\[[^\\]]+\\]|[\\w.-]+\\s*=)"_s);
        int yaml = 0;
        int ini = 0;
        for (const QString &line : lines) {
            yaml += yamlKey.match(line).hasMatch() || line.startsWith("- "_L1) ? 1 : 0;
            ini += iniLine.match(line).hasMatch() ? 1 : 0;
        }
        if (yaml * 10 >= lines.size() * 7)
            return {u"config"_s, existing(u"YAML"_s)};
        if (ini * 10 >= lines.size() * 7)
            return {u"config"_s, existing(u"INI Files"_s)};
    }

    // What the MIME database recognises (scripts with a #!, XML...).
    const auto definition = EvidenceHighlighter::definitionFor({}, {}, content, {});
    if (definition.isValid())
        return {kindOfDefinition(definition), definition.name()};
    return {u"other"_s, {}};
}

QString EvidenceSources::sizeText(qint64 bytes)
{
    // "5 MB" for the cap, "2.4 MB" for a file.
    constexpr qint64 MiB = 1024 * 1024;
    return QLocale().formattedDataSize(bytes, bytes % MiB == 0 ? 0 : 1,
                                       QLocale::DataSizeTraditionalFormat);
}

bool EvidenceSources::readFile(const QString &path, QString *content, QString *error)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("“%1” cannot be read: %2").arg(name, file.errorString());
        return false;
    }
    if (file.size() > MaxBytes) {
        *error = tr("“%1” is %2; evidence can be at most %3. Attach the part that matters: "
                    "copy the relevant lines and paste them.")
                     .arg(name, sizeText(file.size()), sizeText(MaxBytes));
        return false;
    }
    // One byte more than allowed tells a file that grew while we looked.
    const QByteArray data = file.read(MaxBytes + 1);
    if (data.size() > MaxBytes) {
        *error = tr("“%1” is larger than %2; attach the part that matters.")
                     .arg(name, sizeText(MaxBytes));
        return false;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(data);
    if (data.contains('\0') || decoder.hasError()) {
        *error = tr("“%1” is not a text file (it looks like binary data). Evidence is shown as "
                    "text: attach a log, configuration, commands or code.")
                     .arg(name);
        return false;
    }
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    text.replace(u"\r\n"_s, u"\n"_s);
    *content = text;
    return true;
}

QString EvidenceSources::checkPasted(const QString &content)
{
    const qint64 bytes = content.toUtf8().size();
    if (bytes > MaxBytes)
        return tr("This text is %1; evidence can be at most %2. Paste the part that matters.")
            .arg(sizeText(bytes), sizeText(MaxBytes));
    return {};
}

} // namespace Debrief
