#include "PdfMetadata.h"

#include <QRegularExpression>

namespace Debrief {

using namespace Qt::StringLiterals;

namespace {

// XML 1.0 allows no C0 controls but tab and newlines; document text may hold any.
QString xmlText(const QString &text)
{
    QString clean;
    clean.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0xfffe || u == 0xffff)
            clean.append(u' ');
        else
            clean.append(c);
    }
    return clean.toHtmlEscaped();
}

// A PDF text string as UTF-16BE with byte order mark, in hex: no escaping pitfalls.
QByteArray pdfText(const QString &text)
{
    QByteArray bytes("<FEFF");
    for (const QChar c : text)
        bytes += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return bytes + '>';
}

QByteArray pdfDate(const QDateTime &utc)
{
    return "(D:" + utc.toUTC().toString(u"yyyyMMddHHmmss"_s).toLatin1() + "+00'00')";
}

} // namespace

QByteArray PdfMetadata::xmp() const
{
    const QString date = created.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss"_s) + u"+00:00"_s;
    QString xml;
    xml += u"<?xpacket begin=\"\xFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"_s;
    xml += u"<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
           u"<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
           u"<rdf:Description rdf:about=\"\""
           u" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
           u" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\""
           u" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\""_s;
    if (pdfA)
        xml += u" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\""_s;
    xml += u">\n"_s;
    xml += u"<dc:format>application/pdf</dc:format>\n"_s;
    xml += u"<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">"_s + xmlText(title)
           + u"</rdf:li></rdf:Alt></dc:title>\n"_s;
    if (!author.isEmpty())
        xml += u"<dc:creator><rdf:Seq><rdf:li>"_s + xmlText(author) + u"</rdf:li></rdf:Seq></dc:creator>\n"_s;
    if (!subject.isEmpty())
        xml += u"<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">"_s + xmlText(subject)
               + u"</rdf:li></rdf:Alt></dc:description>\n"_s;
    if (!keywords.isEmpty())
        xml += u"<pdf:Keywords>"_s + xmlText(keywords.join(u", "_s)) + u"</pdf:Keywords>\n"_s;
    xml += u"<pdf:Producer>"_s + xmlText(producer) + u"</pdf:Producer>\n"_s;
    xml += u"<xmp:CreatorTool>"_s + xmlText(creator) + u"</xmp:CreatorTool>\n"_s;
    xml += u"<xmp:CreateDate>"_s + date + u"</xmp:CreateDate>\n"_s;
    xml += u"<xmp:ModifyDate>"_s + date + u"</xmp:ModifyDate>\n"_s;
    xml += u"<xmp:MetadataDate>"_s + date + u"</xmp:MetadataDate>\n"_s;
    if (pdfA)
        xml += u"<pdfaid:part>1</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n"_s;
    xml += u"</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>"_s;
    return xml.toUtf8();
}

bool PdfMetadata::appendInfo(QByteArray &pdf) const
{
    const qsizetype trailerAt = pdf.lastIndexOf("trailer");
    if (trailerAt < 0)
        return false;
    const QString trailer = QString::fromLatin1(pdf.mid(trailerAt, 1024));
    static const QRegularExpression sizePattern(u"/Size\\s+(\\d+)"_s);
    static const QRegularExpression rootPattern(u"/Root\\s+(\\d+\\s+\\d+\\s+R)"_s);
    static const QRegularExpression idPattern(u"/ID\\s*(\\[[^\\]]*\\])"_s);
    static const QRegularExpression startPattern(u"startxref\\s+(\\d+)"_s);
    const auto size = sizePattern.match(trailer);
    const auto root = rootPattern.match(trailer);
    const auto start = startPattern.match(trailer);
    if (!size.hasMatch() || !root.hasMatch() || !start.hasMatch())
        return false;
    const auto id = idPattern.match(trailer);

    const int object = size.captured(1).toInt();
    if (!pdf.endsWith('\n'))
        pdf += '\n';
    const qsizetype objectOffset = pdf.size();
    QByteArray info = QByteArray::number(object) + " 0 obj\n<<\n";
    info += "/Title " + pdfText(title) + '\n';
    if (!author.isEmpty())
        info += "/Author " + pdfText(author) + '\n';
    if (!subject.isEmpty())
        info += "/Subject " + pdfText(subject) + '\n';
    if (!keywords.isEmpty())
        info += "/Keywords " + pdfText(keywords.join(u", "_s)) + '\n';
    info += "/Creator " + pdfText(creator) + '\n';
    info += "/Producer " + pdfText(producer) + '\n';
    info += "/CreationDate " + pdfDate(created) + '\n';
    info += "/ModDate " + pdfDate(created) + '\n';
    info += ">>\nendobj\n";
    pdf += info;

    const qsizetype xrefOffset = pdf.size();
    pdf += "xref\n" + QByteArray::number(object) + " 1\n"
           + QByteArray::number(objectOffset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<<\n/Size " + QByteArray::number(object + 1) + "\n/Root "
           + root.captured(1).toLatin1() + "\n/Info " + QByteArray::number(object) + " 0 R\n";
    if (id.hasMatch())
        pdf += "/ID " + id.captured(1).toLatin1() + '\n';
    pdf += "/Prev " + start.captured(1).toLatin1() + "\n>>\nstartxref\n"
           + QByteArray::number(xrefOffset) + "\n%%EOF\n";
    return true;
}

} // namespace Debrief
