#include "DocumentJson.h"

#include "Document.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <filesystem>

namespace Debrief {

using namespace Qt::StringLiterals;

namespace {

QJsonValue toJsonValue(const FieldSpec &field, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return field.type == FieldType::Text ? QJsonValue(QString()) : QJsonValue();
    switch (field.type) {
    case FieldType::Text:
        return value.toString();
    case FieldType::Bool:
        return value.toBool();
    case FieldType::Integer:
    case FieldType::Reference:
        return value.toLongLong();
    case FieldType::DateTime:
        return value.toDateTime().toUTC().toString(Qt::ISODateWithMs);
    case FieldType::Date:
        return value.toDate().toString(Qt::ISODate);
    }
    return {};
}

QVariant fromJsonValue(const FieldSpec &field, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return defaultValue(field);
    switch (field.type) {
    case FieldType::Text:
        return value.isString() ? value.toString() : value.toVariant().toString();
    case FieldType::Bool:
        return value.isBool() ? value.toBool() : normalizedValue(field, value.toVariant());
    case FieldType::Integer:
    case FieldType::Reference:
        return value.isDouble() ? QVariant(qint64(value.toDouble())) : QVariant();
    case FieldType::DateTime:
    case FieldType::Date:
        return normalizedValue(field, value.toString());
    }
    return {};
}

QJsonObject recordToJson(Table table, const Record &record, bool withId)
{
    QJsonObject object;
    if (withId)
        object.insert(u"id"_s, record.id);
    const auto &fields = tableSpec(table).fields;
    for (int f = 0; f < fields.size(); ++f)
        object.insert(fields.at(f).name, toJsonValue(fields.at(f), record.values.at(f)));
    return object;
}

Record recordFromJson(Table table, const QJsonObject &object)
{
    Record record = emptyRecord(table);
    const auto &fields = tableSpec(table).fields;
    for (int f = 0; f < fields.size(); ++f)
        record.values[f] = fromJsonValue(fields.at(f), object.value(fields.at(f).name));
    return record;
}

// Reads the tables of `root` into `tables`, renumbering ids 1..n per table and rewriting
// references accordingly, so that hostile or clashing ids never reach the file.
bool readTables(const QJsonObject &root, DocumentTables &tables, QString *error)
{
    std::array<QHash<qint64, qint64>, TableCount> idMaps;
    for (Table table : allTables()) {
        const TableSpec &spec = tableSpec(table);
        TableData &data = tables[int(table)];
        if (spec.singleton) {
            const QJsonValue value = root.value(spec.jsonName);
            if (!value.isUndefined() && !value.isObject()) {
                *error = DocumentJson::tr("\"%1\" must be an object.").arg(spec.jsonName);
                return false;
            }
            Record record = recordFromJson(table, value.toObject());
            record.id = 1;
            data.records = {record};
            idMaps[int(table)].insert(1, 1);
            continue;
        }
        const QJsonValue value = root.value(spec.jsonName);
        if (value.isUndefined())
            continue;
        if (!value.isArray()) {
            *error = DocumentJson::tr("\"%1\" must be an array.").arg(spec.jsonName);
            return false;
        }
        const QJsonArray array = value.toArray();
        data.records.clear();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isObject()) {
                *error = DocumentJson::tr("Entry %1 of \"%2\" is not an object.")
                             .arg(i + 1)
                             .arg(spec.jsonName);
                return false;
            }
            const QJsonObject object = array.at(i).toObject();
            Record record = recordFromJson(table, object);
            record.id = data.records.size() + 1;
            const QJsonValue originalId = object.value(u"id"_s);
            if (originalId.isDouble())
                idMaps[int(table)].insert(qint64(originalId.toDouble()), record.id);
            data.records.append(record);
        }
    }
    for (Table table : allTables()) {
        const auto &fields = tableSpec(table).fields;
        for (Record &record : tables[int(table)].records) {
            for (int f = 0; f < fields.size(); ++f) {
                if (fields.at(f).type != FieldType::Reference || record.values.at(f).isNull())
                    continue;
                const auto &map = idMaps[int(fields.at(f).references)];
                const qint64 original = record.values.at(f).toLongLong();
                record.values[f] = map.contains(original) ? QVariant(map.value(original))
                                                          : QVariant();
            }
        }
    }
    return true;
}

} // namespace

QJsonObject DocumentJson::toJson(const Document &document)
{
    QJsonObject root;
    root.insert(u"format"_s, u"debrief"_s);
    root.insert(u"formatVersion"_s, FormatVersion);
    root.insert(u"exportedBy"_s, QString(u"Debrief "_s + QString::fromLatin1(DEBRIEF_VERSION)));
    for (Table table : allTables()) {
        const TableSpec &spec = tableSpec(table);
        if (spec.singleton) {
            root.insert(spec.jsonName, recordToJson(table, document.records(table).constFirst(), false));
            continue;
        }
        QJsonArray array;
        for (const Record &record : document.records(table))
            array.append(recordToJson(table, record, true));
        root.insert(spec.jsonName, array);
    }
    return root;
}

QByteArray DocumentJson::toBytes(const Document &document)
{
    return QJsonDocument(toJson(document)).toJson(QJsonDocument::Indented);
}

bool DocumentJson::importToFile(const QByteArray &json, const QString &targetPath, QString *error)
{
    if (json.size() > MaxInputBytes) {
        *error = tr("The JSON file is too large (%1 MB; at most %2 MB).")
                     .arg(json.size() / (1024 * 1024))
                     .arg(MaxInputBytes / (1024 * 1024));
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument parsed = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("Not valid JSON at byte %1: %2.")
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return false;
    }
    const QJsonObject root = parsed.object();
    if (!parsed.isObject() || root.value(u"format"_s).toString() != "debrief"_L1) {
        *error = tr("This JSON is not a Debrief post-mortem (no \"format\": \"debrief\").");
        return false;
    }
    const int version = root.value(u"formatVersion"_s).toInt(0);
    if (version < 1) {
        *error = tr("This JSON has no valid \"formatVersion\".");
        return false;
    }
    if (version > FormatVersion) {
        *error = tr("This JSON was written by a newer version of Debrief (format %1; this "
                    "version reads up to %2).")
                     .arg(version)
                     .arg(FormatVersion);
        return false;
    }
    DocumentTables tables;
    if (!readTables(root, tables, error))
        return false;

    const QFileInfo target(targetPath);
    if (target.exists()) {
        *error = tr("%1 already exists; choose a new file name.")
                     .arg(QDir::toNativeSeparators(targetPath));
        return false;
    }
    const QString temporary =
        target.absoluteDir().filePath(u"."_s + target.fileName() + u".importing"_s);
    QFile::remove(temporary);
    {
        auto document = Document::createWithContent(
            temporary, [&tables](DocumentTables &fresh) { fresh = tables; }, error);
        if (!document) {
            QFile::remove(temporary);
            return false;
        }
    }
    QFile::remove(DocumentFile::lockFilePath(temporary));
    std::error_code renameError;
    std::filesystem::rename(temporary.toStdString(), target.absoluteFilePath().toStdString(),
                            renameError);
    if (renameError) {
        QFile::remove(temporary);
        *error = tr("Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(targetPath),
                          QString::fromStdString(renameError.message()));
        return false;
    }
    return true;
}

} // namespace Debrief
