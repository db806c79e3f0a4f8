#pragma once

// Documents for the step page tests: a new one, the shipped example, and a file reopened
// read-only, each in a folder of the test's own.
#include "document/Document.h"
#include "document/DocumentJson.h"

#include <QFile>
#include <QTest>

#include <memory>

namespace Debrief::PageFixture {

inline std::unique_ptr<Document> newDocument(const QString &path)
{
    QFile::remove(path);
    QString error;
    std::unique_ptr<Document> document = Document::createNew(path, &error);
    if (!document)
        qWarning("cannot create %s: %s", qPrintable(path), qPrintable(error));
    return document;
}

inline std::unique_ptr<Document> exampleDocument(const QString &path)
{
    QFile json(QStringLiteral(":/debrief/examples/example-postmortem.json"));
    if (!json.open(QIODevice::ReadOnly))
        return {};
    QFile::remove(path);
    QString error;
    if (!DocumentJson::importToFile(json.readAll(), path, &error)) {
        qWarning("cannot import the example: %s", qPrintable(error));
        return {};
    }
    OpenError openError;
    return Document::open(path, DocumentFile::Access::ReadWrite, &openError);
}

inline std::unique_ptr<Document> openReadOnly(const QString &path)
{
    OpenError error;
    std::unique_ptr<Document> document =
        Document::open(path, DocumentFile::Access::ReadOnly, &error);
    if (!document)
        qWarning("cannot open %s read-only: %s", qPrintable(path), qPrintable(error.reason));
    return document;
}

} // namespace Debrief::PageFixture
