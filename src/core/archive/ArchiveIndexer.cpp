#include "ArchiveIndexer.h"

namespace Debrief {

ArchiveIndexer::ArchiveIndexer(QString catalogPath, QObject *parent)
    : QObject(parent)
    , m_catalogPath(std::move(catalogPath))
{
    qRegisterMetaType<Debrief::IndexReport>();
}

ArchiveIndexer::~ArchiveIndexer() = default;

void ArchiveIndexer::cancel()
{
    m_cancelRequested = true;
}

void ArchiveIndexer::index(const QStringList &folders)
{
    run([&folders](ArchiveCatalog &catalog, const IndexCallbacks &callbacks) {
        return catalog.index(folders, callbacks);
    });
}

void ArchiveIndexer::reindexAll()
{
    run([](ArchiveCatalog &catalog, const IndexCallbacks &callbacks) {
        return catalog.reindex(callbacks);
    });
}

void ArchiveIndexer::run(
    const std::function<IndexReport(ArchiveCatalog &, const IndexCallbacks &)> &pass)
{
    m_cancelRequested = false;
    m_running = true;
    Q_EMIT started();
    // A connection per pass, made in the thread that uses it.
    ArchiveCatalog catalog;
    IndexReport report;
    QString error;
    if (!catalog.open(m_catalogPath, &error)) {
        report.error = error;
    } else {
        IndexCallbacks callbacks;
        callbacks.scanning = [this](const QString &folder) { Q_EMIT scanning(folder); };
        callbacks.progress = [this](int done, int total, const QString &path) {
            Q_EMIT progress(done, total, path);
        };
        callbacks.isCancelled = [this] { return m_cancelRequested.load(); };
        report = pass(catalog, callbacks);
    }
    m_running = false;
    Q_EMIT finished(report);
}

} // namespace Debrief
