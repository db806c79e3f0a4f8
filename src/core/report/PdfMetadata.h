#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Debrief {

// Document properties of an exported PDF. Qt 6.8's QPdfWriter writes only Title, Creator and
// Producer into the Info dictionary and has no setAuthor/setSubject/setKeywords (6.9+), so the
// full set goes into the XMP packet (which replaces Qt's own, keeping the PDF/A identification)
// and into an Info dictionary appended as an incremental update, with the same values in both
// as PDF/A requires.
struct PdfMetadata
{
    QString title;
    QString author;
    QString subject;
    QStringList keywords;
    QString creator;
    QString producer;
    QDateTime created; // UTC
    bool pdfA = false;

    QByteArray xmp() const;
    // Appends an Info dictionary with every property to a complete PDF written by QPdfWriter.
    // False when `pdf` does not end in the trailer QPdfWriter writes.
    bool appendInfo(QByteArray &pdf) const;
};

} // namespace Debrief
