#pragma once

#include "archive/ArchiveCatalog.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QThread;
class QTimer;
class QTreeWidget;

namespace Debrief {

class ArchiveIndexer;
class ArchiveSearchModel;
class ComparisonModel;
class OpenRemediationModel;
class TrendChartView;

// The archive of past post-mortems: browse and search it, compare a few side by side with
// their recurrences across the archive, see trends, list what remediation is still owed,
// and choose the folders it is made of. Indexing runs on a worker thread with its own
// catalog connection, so the window stays responsive on a slow network share.
class ArchiveWindow : public QWidget
{
    Q_OBJECT

public:
    enum class Page { Browse, Compare, Trends, OpenRemediation, Folders };

    // `catalog` (opened, or not when it could not be) must outlive the window.
    explicit ArchiveWindow(ArchiveCatalog *catalog, QWidget *parent = nullptr);
    ~ArchiveWindow() override;

    // The archive folders, kept in the settings; archiving goes into the first one.
    static QStringList savedFolders();
    static void saveFolders(const QStringList &folders);

    void showPage(Page page);
    QStringList folders() const { return m_folders; }
    bool addFolder(const QString &folder);
    // Brings the catalog up to date with the folders in the background.
    void reindex();
    bool isIndexing() const { return m_indexing; }
    // Shows what the catalog holds now (after archiving a post-mortem, for instance).
    void refresh();
    // Compares the post-mortems selected in the browser (2 to 4).
    bool compareSelected();

Q_SIGNALS:
    void openRequested(const QString &path);
    void indexFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyFontSizes();
    QWidget *createBrowsePage();
    QWidget *createComparePage();
    QWidget *createTrendsPage();
    QWidget *createRemediationPage();
    QWidget *createFoldersPage();
    QWidget *createStatusBar();

    void chooseFolder();
    void removeSelectedFolder();
    void cancelIndexing();
    void showIndexReport(const Debrief::IndexReport &report);
    void showProgress(int done, int total, const QString &path);
    void runSearch();
    void updateSeverityChoices();
    void updateFolderList();
    void updateUnreadableFiles();
    void updateTrends();
    void updateBrowseState();
    void updateSnippet();
    void openCurrentResult();
    void openRemediationItem(const QModelIndex &index);
    void exportChart(bool pdf);
    void setStatus(const QString &text, bool problem = false);

    ArchiveCatalog *m_catalog;
    QStringList m_folders;
    QThread *m_indexThread = nullptr;
    ArchiveIndexer *m_indexer = nullptr;
    bool m_indexing = false;
    bool m_reindexPending = false;

    ArchiveSearchModel *m_searchModel = nullptr;
    ComparisonModel *m_comparisonModel = nullptr;
    OpenRemediationModel *m_remediationModel = nullptr;
    QSortFilterProxyModel *m_remediationProxy = nullptr;
    QTimer *m_searchTimer = nullptr;

    QTabWidget *m_tabs = nullptr;
    // Browse
    QLabel *m_noFoldersLabel = nullptr;
    QLineEdit *m_searchLineEdit = nullptr;
    QComboBox *m_severityComboBox = nullptr;
    QComboBox *m_statusComboBox = nullptr;
    QDateEdit *m_fromDateEdit = nullptr;
    QDateEdit *m_toDateEdit = nullptr;
    QCheckBox *m_openRemediationCheckBox = nullptr;
    QTableView *m_resultsTableView = nullptr;
    QLabel *m_resultCountLabel = nullptr;
    QLabel *m_snippetLabel = nullptr;
    QPushButton *m_openPushButton = nullptr;
    QPushButton *m_comparePushButton = nullptr;
    // Compare
    QLabel *m_compareHintLabel = nullptr;
    QTableView *m_comparisonTableView = nullptr;
    QTreeWidget *m_recurrenceTreeWidget = nullptr;
    // Trends
    QListWidget *m_chartListWidget = nullptr;
    QComboBox *m_periodComboBox = nullptr;
    TrendChartView *m_chartView = nullptr;
    QPushButton *m_exportPngPushButton = nullptr;
    QPushButton *m_exportPdfPushButton = nullptr;
    // Open remediation
    QTableView *m_remediationTableView = nullptr;
    QLabel *m_remediationSummaryLabel = nullptr;
    // Folders
    QListWidget *m_folderListWidget = nullptr;
    QPushButton *m_removeFolderPushButton = nullptr;
    QPushButton *m_reindexPushButton = nullptr;
    QTreeWidget *m_unreadableTreeWidget = nullptr;
    QLabel *m_unreadableLabel = nullptr;
    // Status
    QLabel *m_statusLabel = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QPushButton *m_stopPushButton = nullptr;
};

} // namespace Debrief
