#include "ReportFonts.h"

#include "report/PagedLayout.h"

namespace Debrief::ReportFonts {

using namespace Qt::StringLiterals;

namespace {

QFont make(const QStringList &families, QFont::StyleHint hint, qreal points, bool bold, bool italic)
{
    QFont font;
    // Noto and DejaVu cover Latin, Greek and Cyrillic and embed cleanly. Arabic and Hebrew are
    // named before DejaVu, whose partial coverage of them would break Arabic letters apart by
    // mixing fonts within a word; fontconfig falls back per character for other scripts.
    font.setFamilies(families);
    font.setStyleHint(hint);
    font.setPixelSize(qRound(PagedLayout::pt(points)));
    font.setWeight(bold ? QFont::Bold : QFont::Normal);
    font.setItalic(italic);
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setKerning(true);
    // Ligature glyphs come back from PDF text extraction as U+FB01… ("ﬁle"), so searching and
    // copying "file" would fail.
    font.setFeature(QFont::Tag("liga"), 0);
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

} // namespace

QFont serif(qreal points, bool bold, bool italic)
{
    static const QStringList families{u"Noto Serif"_s, u"Noto Naskh Arabic"_s,
                                             u"Noto Serif Hebrew"_s, u"DejaVu Serif"_s};
    return make(families, QFont::Serif, points, bold, italic);
}

QFont sans(qreal points, bool bold, bool italic)
{
    static const QStringList families{u"Noto Sans"_s, u"Noto Sans Arabic"_s,
                                             u"Noto Sans Hebrew"_s, u"DejaVu Sans"_s};
    return make(families, QFont::SansSerif, points, bold, italic);
}

QFont mono(qreal points, bool bold)
{
    static const QStringList families{u"Noto Sans Mono"_s, u"DejaVu Sans Mono"_s};
    return make(families, QFont::Monospace, points, bold, false);
}

} // namespace Debrief::ReportFonts
