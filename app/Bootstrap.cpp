#include "Bootstrap.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Debrief::Bootstrap {

using namespace Qt::StringLiterals;

void setUpApplication(QCoreApplication &application)
{
    QCoreApplication::setOrganizationName(u"debrief"_s);
    QCoreApplication::setApplicationName(u"debrief"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(DEBRIEF_VERSION));
    if (qobject_cast<QGuiApplication *>(&application)) {
        QGuiApplication::setApplicationDisplayName(u"Debrief"_s);
        QGuiApplication::setDesktopFileName(u"org.debrief.Debrief"_s);
    }
    auto *qtTranslator = new QTranslator(&application);
    if (qtTranslator->load(QLocale(), u"qtbase"_s, u"_"_s,
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    // The English catalogue holds the plural forms ("1 finding", "3 findings"); it is the
    // fallback for every language Debrief has no catalogue for, including the C locale.
    auto *translator = new QTranslator(&application);
    if (translator->load(QLocale(), u"debrief"_s, u"_"_s, u":/i18n"_s)
        || translator->load(QLocale(QLocale::English), u"debrief"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(translator);
}

} // namespace Debrief::Bootstrap
