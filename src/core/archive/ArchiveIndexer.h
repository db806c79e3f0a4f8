#pragma once

#include "archive/ArchiveCatalog.h"

#include <QObject>

#include <atomic>

namespace Debrief {

// Runs indexing passes off the GUI thread. Move it to a QThread and call index() or
// reindexAll() through a queued connection (or QMetaObject::invokeMethod); it opens its own
// connection to the catalog in that thread and reports through queued signals.
//
//   auto *thread = new QThread(this);
//   auto *indexer = new ArchiveIndexer(ArchiveCatalog::defaultPath());
//   indexer->moveToThread(thread);
//   connect(thread, &QThread::finished, indexer, &QObject::deleteLater);
//   connect(indexer, &ArchiveIndexer::finished, this, &Browser::showReport);
//   thread->start();
//   QMetaObject::invokeMethod(indexer, &ArchiveIndexer::reindexAll, Qt::QueuedConnection);
class ArchiveIndexer : public QObject
{
    Q_OBJECT

public:
    explicit ArchiveIndexer(QString catalogPath, QObject *parent = nullptr);
    ~ArchiveIndexer() override;

    // Thread-safe: the running pass stops after the current file; what is done stays.
    void cancel();
    bool isRunning() const { return m_running.load(); }

public Q_SLOTS:
    // Indexes `folders` (and registers them in the catalog).
    void index(const QStringList &folders);
    // Indexes every folder the catalog knows.
    void reindexAll();

Q_SIGNALS:
    void started();
    // A folder is being listed.
    void scanning(const QString &folder);
    // `done` of `total` new or changed files read; `path` is the next one.
    void progress(int done, int total, const QString &path);
    void finished(const Debrief::IndexReport &report);

private:
    void run(const std::function<IndexReport(ArchiveCatalog &, const IndexCallbacks &)> &pass);

    QString m_catalogPath;
    std::atomic_bool m_cancelRequested = false;
    std::atomic_bool m_running = false;
};

} // namespace Debrief

Q_DECLARE_METATYPE(Debrief::IndexReport)
