#pragma once

#include "document/Document.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Small helpers shared by the flow tests: a new document in a temporary folder and one-line
// record insertion.
namespace Debrief::FlowTest {

inline std::unique_ptr<Document> newDocument(const QTemporaryDir &dir,
                                             const QString &name = QStringLiteral("flow.debrief"))
{
    QString error;
    auto document = Document::createNew(dir.filePath(name), &error);
    if (!document)
        qWarning("cannot create document: %s", qPrintable(error));
    return document;
}

// Inserts a record of `table` with `values` (field → value) and returns its id.
inline qint64 add(Document &document, Table table, const QList<std::pair<int, QVariant>> &values)
{
    Record record = emptyRecord(table);
    for (const auto &[field, value] : values)
        record.values[field] = value;
    return document.insertRecord(table, record);
}

} // namespace Debrief::FlowTest
