#include "ArchiveWindow.h"

#include "ArchiveFolderPicker.h"
#include "TrendChartView.h"
#include "archive/ArchiveFormat.h"
#include "archive/ArchiveIndexer.h"
#include "archive/ArchiveSearchModel.h"
#include "archive/Comparison.h"
#include "archive/ComparisonModel.h"
#include "archive/OpenRemediation.h"
#include "archive/Recurrence.h"
#include "archive/Trends.h"
#include "dialogs/FileDialogs.h"
#include "dialogs/MessageBoxes.h"
#include "domain/Vocabulary.h"
#include "steps/PageStyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Debrief {

using namespace Qt::StringLiterals;

namespace {

const QString FoldersKey = u"archive/folders"_s;
// Typing pauses this long before the search runs: short enough to feel immediate.
constexpr int SearchDelayMs = 120;
const QDate NoDate(2000, 1, 1);

enum Chart { SeverityChart, MedianTimesChart, RemediationChart };

// The widget's font stays `factor` times the window's, bold or not, through zoom changes.
void setRelativeFont(QWidget *widget, qreal factor, bool bold)
{
    widget->setProperty("archiveFontFactor", factor);
    widget->setProperty("archiveFontBold", bold);
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    setRelativeFont(label, 1.3, true);
    return label;
}

QLabel *explanation(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QDateEdit *optionalDateEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    edit->setMinimumDate(NoDate);
    edit->setSpecialValueText(ArchiveWindow::tr("Any"));
    edit->setDate(NoDate);
    return edit;
}

QDate optionalDate(const QDateEdit *edit)
{
    return edit->date() == edit->minimumDate() ? QDate() : edit->date();
}

// The snippet with its matches in bold; everything else is escaped text.
QString snippetHtml(const QString &snippet)
{
    QString html;
    QString run;
    for (const QChar c : snippet) {
        if (c == CatalogEntry::SnippetMatchStart || c == CatalogEntry::SnippetMatchEnd) {
            html += run.toHtmlEscaped();
            run.clear();
            html += c == CatalogEntry::SnippetMatchStart ? u"<b>"_s : u"</b>"_s;
        } else {
            run += c;
        }
    }
    html += run.toHtmlEscaped();
    return html;
}

// Lists: one line per row, with room around it (row heights follow the font, see
// applyFontSizes).
void configureTable(QTableView *view)
{
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideMiddle);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->horizontalHeader()->setHighlightSections(false);
}

// Rows as tall as their wrapped text at the columns' current widths: Qt's ResizeToContents
// measures once, often before the columns have their final width.
void keepRowsFitted(QTableView *view)
{
    view->setWordWrap(true);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    auto *timer = new QTimer(view);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, view, &QTableView::resizeRowsToContents);
    const auto schedule = [timer] { timer->start(0); };
    QObject::connect(view->horizontalHeader(), &QHeaderView::sectionResized, timer, schedule);
    QObject::connect(view->model(), &QAbstractItemModel::modelReset, timer, schedule);
    QObject::connect(view->model(), &QAbstractItemModel::layoutChanged, timer, schedule);
}

} // namespace

ArchiveWindow::ArchiveWindow(ArchiveCatalog *catalog, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_catalog(catalog)
{
    setObjectName(u"archiveWindow"_s);
    setWindowTitle(tr("Archive \u2014 Debrief"));

    m_searchModel = new ArchiveSearchModel(m_catalog, this);
    m_comparisonModel = new ComparisonModel(this);
    m_remediationModel = new OpenRemediationModel(m_catalog, this);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &ArchiveWindow::runSearch);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"archiveTabWidget"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createBrowsePage(), tr("&Browse"));
    m_tabs->addTab(createComparePage(), tr("&Compare"));
    m_tabs->addTab(createTrendsPage(), tr("&Trends"));
    m_tabs->addTab(createRemediationPage(), tr("Open &Remediation"));
    m_tabs->addTab(createFoldersPage(), tr("&Folders"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(createStatusBar());

    auto *closeShortcut = new QShortcut(QKeySequence::Close, this);
    connect(closeShortcut, &QShortcut::activated, this, &QWidget::close);

    if (m_catalog->isOpen()) {
        m_indexThread = new QThread(this);
        m_indexThread->setObjectName(u"archiveIndexer"_s);
        m_indexer = new ArchiveIndexer(m_catalog->path());
        m_indexer->moveToThread(m_indexThread);
        connect(m_indexer, &ArchiveIndexer::finished, this, &ArchiveWindow::showIndexReport);
        connect(m_indexer, &ArchiveIndexer::progress, this, &ArchiveWindow::showProgress);
        connect(m_indexer, &ArchiveIndexer::scanning, this, [this](const QString &folder) {
            setStatus(
                tr("Looking for post-mortems in %1\u2026").arg(QDir::toNativeSeparators(folder)));
        });
        m_indexThread->start();
    } else {
        setStatus(tr("The archive catalog cannot be opened: %1")
                      .arg(QDir::toNativeSeparators(m_catalog->path())),
            true);
    }

    // The settings hold the folders; folders indexed from the command line join them.
    QStringList folders = savedFolders();
    if (m_catalog->isOpen()) {
        for (const ArchiveFolder &folder : m_catalog->folders()) {
            if (!folders.contains(folder.path))
                folders.append(folder.path);
        }
    }
    m_folders = folders;
    saveFolders(m_folders);

    resize(1280, 820);
    applyFontSizes();
    refresh();
    reindex();
    m_searchLineEdit->setFocus();
}

ArchiveWindow::~ArchiveWindow()
{
    if (m_indexThread) {
        m_indexThread->quit();
        // A pass that was queued but had not started yet clears the cancel flag when it
        // starts: keep cancelling until the thread has stopped.
        do {
            m_indexer->cancel();
        } while (!m_indexThread->wait(QDeadlineTimer(50)));
        delete m_indexer;
    }
}

QStringList ArchiveWindow::savedFolders()
{
    QStringList folders;
    const QStringList saved = QSettings().value(FoldersKey).toStringList();
    for (const QString &folder : saved) {
        const QString normalized = ArchiveCatalog::normalizedFolder(folder);
        if (!normalized.isEmpty() && !folders.contains(normalized))
            folders.append(normalized);
    }
    return folders;
}

void ArchiveWindow::saveFolders(const QStringList &folders)
{
    QSettings().setValue(FoldersKey, folders);
}

void ArchiveWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        applyFontSizes();
    QWidget::changeEvent(event);
}

void ArchiveWindow::applyFontSizes()
{
    if (!m_chartListWidget) // a font change while the pages are being built
        return;
    const QList<QWidget *> widgets = findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        const QVariant factor = widget->property("archiveFontFactor");
        if (factor.isValid())
            widget->setFont(PageStyle::scaledFont(
                font(), factor.toReal(), widget->property("archiveFontBold").toBool()));
    }
    // Rows with air around the text, from the back of the room too.
    const int rowHeight = fontMetrics().height() * 17 / 10;
    for (QTableView *view : {m_resultsTableView, m_remediationTableView, m_comparisonTableView}) {
        view->verticalHeader()->setMinimumSectionSize(rowHeight);
        view->verticalHeader()->setDefaultSectionSize(rowHeight);
    }
    m_chartListWidget->setFixedWidth(fontMetrics().averageCharWidth() * 36);
    m_chartListWidget->setSpacing(fontMetrics().height() / 4);
}

// --- Pages

QWidget *ArchiveWindow::createBrowsePage()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"browsePage"_s);

    m_noFoldersLabel
        = explanation(tr("The archive has no folders yet. Add the folder where your team keeps its "
                         "post-mortems on the Folders page (a shared network folder works too)."),
            page);
    m_noFoldersLabel->setObjectName(u"noFoldersLabel"_s);
    PageStyle::makeCard(m_noFoldersLabel);
    setRelativeFont(m_noFoldersLabel, 1.1, false);

    m_searchLineEdit = new QLineEdit(page);
    m_searchLineEdit->setObjectName(u"searchLineEdit"_s);
    m_searchLineEdit->setClearButtonEnabled(true);
    m_searchLineEdit->setPlaceholderText(
        tr("Words from anywhere in a post-mortem: title, timeline, factors, remediation, people"));
    setRelativeFont(m_searchLineEdit, 1.2, false);
    auto *searchLabel = new QLabel(tr("&Search:"), page);
    searchLabel->setBuddy(m_searchLineEdit);
    connect(m_searchLineEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        // While searching, the best matches come first unless someone chose an order.
        QHeaderView *header = m_resultsTableView->horizontalHeader();
        if (!text.trimmed().isEmpty() && header->property("chosenByUser").toBool() == false
            && header->sortIndicatorSection() != -1) {
            header->setSortIndicator(-1, Qt::AscendingOrder);
        }
        m_searchTimer->start();
    });

    m_severityComboBox = new QComboBox(page);
    m_severityComboBox->setObjectName(u"severityComboBox"_s);
    auto *severityLabel = new QLabel(tr("Se&verity:"), page);
    severityLabel->setBuddy(m_severityComboBox);

    m_statusComboBox = new QComboBox(page);
    m_statusComboBox->setObjectName(u"statusComboBox"_s);
    m_statusComboBox->addItem(tr("Any status"));
    for (const Choice &choice : choices(Vocabulary::IncidentStatus))
        m_statusComboBox->addItem(choice.label, choice.key);
    auto *statusLabel = new QLabel(tr("St&atus:"), page);
    statusLabel->setBuddy(m_statusComboBox);

    m_fromDateEdit = optionalDateEdit(u"fromDateEdit"_s, page);
    auto *fromLabel = new QLabel(tr("Fro&m:"), page);
    fromLabel->setBuddy(m_fromDateEdit);
    m_toDateEdit = optionalDateEdit(u"toDateEdit"_s, page);
    auto *toLabel = new QLabel(tr("Unt&il:"), page);
    toLabel->setBuddy(m_toDateEdit);

    m_openRemediationCheckBox = new QCheckBox(tr("O&nly with open remediation"), page);
    m_openRemediationCheckBox->setObjectName(u"openRemediationCheckBox"_s);

    auto *filters = new QHBoxLayout;
    filters->setSpacing(fontMetrics().averageCharWidth());
    filters->addWidget(severityLabel);
    filters->addWidget(m_severityComboBox);
    filters->addSpacing(fontMetrics().averageCharWidth() * 2);
    filters->addWidget(statusLabel);
    filters->addWidget(m_statusComboBox);
    filters->addSpacing(fontMetrics().averageCharWidth() * 2);
    filters->addWidget(fromLabel);
    filters->addWidget(m_fromDateEdit);
    filters->addWidget(toLabel);
    filters->addWidget(m_toDateEdit);
    filters->addSpacing(fontMetrics().averageCharWidth() * 2);
    filters->addWidget(m_openRemediationCheckBox);
    filters->addStretch(1);

    connect(m_severityComboBox, &QComboBox::currentIndexChanged, this, &ArchiveWindow::runSearch);
    connect(m_statusComboBox, &QComboBox::currentIndexChanged, this, &ArchiveWindow::runSearch);
    connect(m_fromDateEdit, &QDateEdit::dateChanged, this, &ArchiveWindow::runSearch);
    connect(m_toDateEdit, &QDateEdit::dateChanged, this, &ArchiveWindow::runSearch);
    connect(m_openRemediationCheckBox, &QCheckBox::toggled, this, &ArchiveWindow::runSearch);

    m_resultsTableView = new QTableView(page);
    m_resultsTableView->setObjectName(u"resultsTableView"_s);
    m_resultsTableView->setAccessibleName(tr("Post-mortems"));
    configureTable(m_resultsTableView);
    m_resultsTableView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_resultsTableView->setModel(m_searchModel);
    QHeaderView *header = m_resultsTableView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ArchiveSearchModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(
        ArchiveSearchModel::RemediationColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ArchiveSearchModel::DateColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(
        ArchiveSearchModel::ReferenceColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ArchiveSearchModel::StatusColumn, QHeaderView::ResizeToContents);
    header->resizeSection(
        ArchiveSearchModel::SeverityColumn, fontMetrics().averageCharWidth() * 22);
    header->resizeSection(ArchiveSearchModel::FileColumn, fontMetrics().averageCharWidth() * 28);
    header->setSortIndicator(ArchiveSearchModel::DateColumn, Qt::DescendingOrder);
    m_resultsTableView->setSortingEnabled(true);
    connect(header, &QHeaderView::sectionClicked, this,
        [header] { header->setProperty("chosenByUser", true); });
    connect(m_resultsTableView, &QTableView::activated, this, &ArchiveWindow::openCurrentResult);
    connect(m_resultsTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ArchiveWindow::updateBrowseState);
    connect(m_resultsTableView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &ArchiveWindow::updateSnippet);
    connect(
        m_searchModel, &QAbstractItemModel::modelReset, this, &ArchiveWindow::updateBrowseState);
    connect(m_searchModel, &ArchiveSearchModel::searchFailed, this,
        [this](const QString &reason) { setStatus(tr("Search failed: %1").arg(reason), true); });

    m_resultCountLabel = new QLabel(page);
    m_resultCountLabel->setObjectName(u"resultCountLabel"_s);
    m_snippetLabel = new QLabel(page);
    m_snippetLabel->setObjectName(u"snippetLabel"_s);
    m_snippetLabel->setWordWrap(true);
    m_snippetLabel->setTextFormat(Qt::RichText);
    m_snippetLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    PageStyle::makeCard(m_snippetLabel);
    setRelativeFont(m_snippetLabel, 1.1, false);

    m_openPushButton = new QPushButton(tr("&Open"), page);
    m_openPushButton->setObjectName(u"openPushButton"_s);
    m_openPushButton->setToolTip(
        tr("Open the post-mortem in the main window (Enter or double click)"));
    connect(m_openPushButton, &QPushButton::clicked, this, &ArchiveWindow::openCurrentResult);
    m_comparePushButton = new QPushButton(tr("Compare Se&lected"), page);
    m_comparePushButton->setObjectName(u"comparePushButton"_s);
    m_comparePushButton->setToolTip(tr(
        "Select two to four post-mortems (Ctrl+click, Shift+arrow keys) to see them side by side"));
    connect(m_comparePushButton, &QPushButton::clicked, this, &ArchiveWindow::compareSelected);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_resultCountLabel, 1);
    buttons->addWidget(m_openPushButton);
    buttons->addWidget(m_comparePushButton);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_searchLineEdit, 1);

    auto *layout = new QVBoxLayout(page);
    layout->setSpacing(fontMetrics().height() / 2);
    layout->addWidget(m_noFoldersLabel);
    layout->addLayout(searchRow);
    layout->addLayout(filters);
    layout->addWidget(m_resultsTableView, 1);
    layout->addWidget(m_snippetLabel);
    layout->addLayout(buttons);
    return page;
}

QWidget *ArchiveWindow::createComparePage()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"comparePage"_s);

    m_compareHintLabel = explanation(
        tr("Select two to four post-mortems on the Browse page and choose Compare Selected."),
        page);
    m_compareHintLabel->setObjectName(u"compareHintLabel"_s);

    m_comparisonTableView = new QTableView(page);
    m_comparisonTableView->setObjectName(u"comparisonTableView"_s);
    m_comparisonTableView->setAccessibleName(tr("Side-by-side comparison"));
    configureTable(m_comparisonTableView);
    m_comparisonTableView->setAlternatingRowColors(false);
    m_comparisonTableView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_comparisonTableView->setModel(m_comparisonModel);
    m_comparisonTableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_comparisonTableView->horizontalHeader()->setToolTip(
        tr("Double click a title to open that post-mortem"));
    connect(m_comparisonTableView->horizontalHeader(), &QHeaderView::sectionDoubleClicked, this,
        [this](int section) {
            const QString path
                = m_comparisonModel->headerData(section, Qt::Horizontal, ComparisonModel::PathRole)
                      .toString();
            if (!path.isEmpty())
                Q_EMIT openRequested(path);
        });
    m_comparisonTableView->verticalHeader()->setVisible(true);
    m_comparisonTableView->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_comparisonTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    setRelativeFont(m_comparisonTableView->horizontalHeader(), 1.15, true);
    setRelativeFont(m_comparisonTableView->verticalHeader(), 1.0, true);
    keepRowsFitted(m_comparisonTableView);

    auto *legend = explanation(
        tr("Contributing factors with the same background colour recur across these "
           "post-mortems (point at one to see why). Overdue remediation is shown in red."),
        page);
    legend->setObjectName(u"comparisonLegendLabel"_s);

    auto *recurrence = new QWidget(page);
    auto *recurrenceLayout = new QVBoxLayout(recurrence);
    recurrenceLayout->setContentsMargins(0, 0, 0, 0);
    recurrenceLayout->addWidget(heading(tr("Seen before elsewhere in the archive"), recurrence));
    auto *measure = explanation(Similarity::measureDescription(), recurrence);
    measure->setObjectName(u"similarityMeasureLabel"_s);
    recurrenceLayout->addWidget(measure);
    m_recurrenceTreeWidget = new QTreeWidget(recurrence);
    m_recurrenceTreeWidget->setObjectName(u"recurrenceTreeWidget"_s);
    m_recurrenceTreeWidget->setColumnCount(3);
    m_recurrenceTreeWidget->setHeaderLabels(
        {tr("Factor or remediation item"), tr("Seen in"), tr("Similarity")});
    m_recurrenceTreeWidget->setWordWrap(true);
    m_recurrenceTreeWidget->setUniformRowHeights(false);
    m_recurrenceTreeWidget->setAlternatingRowColors(true);
    m_recurrenceTreeWidget->header()->setSectionResizeMode(QHeaderView::Stretch);
    connect(
        m_recurrenceTreeWidget, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
            const QString path = item->data(1, Qt::UserRole).toString();
            if (!path.isEmpty())
                Q_EMIT openRequested(path);
        });
    recurrenceLayout->addWidget(m_recurrenceTreeWidget, 1);

    auto *top = new QWidget(page);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_compareHintLabel);
    topLayout->addWidget(m_comparisonTableView, 1);
    topLayout->addWidget(legend);

    auto *splitter = new QSplitter(Qt::Vertical, page);
    splitter->setObjectName(u"compareSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(recurrence);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(splitter);
    return page;
}

QWidget *ArchiveWindow::createTrendsPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"trendsPage"_s);

    m_chartListWidget = new QListWidget(page);
    m_chartListWidget->setObjectName(u"chartListWidget"_s);
    m_chartListWidget->addItems({tr("Post-mortems by severity"),
        tr("Median time to detect and resolve"), tr("Remediation completion")});
    m_chartListWidget->setWordWrap(true);
    auto *chartLabel = new QLabel(tr("C&hart:"), page);
    chartLabel->setBuddy(m_chartListWidget);

    m_periodComboBox = new QComboBox(page);
    m_periodComboBox->setObjectName(u"periodComboBox"_s);
    m_periodComboBox->addItem(tr("By month"), int(TrendPeriod::Month));
    m_periodComboBox->addItem(tr("By quarter"), int(TrendPeriod::Quarter));
    auto *periodLabel = new QLabel(tr("&Period:"), page);
    periodLabel->setBuddy(m_periodComboBox);

    m_exportPngPushButton = new QPushButton(tr("Export P&NG\u2026"), page);
    m_exportPngPushButton->setObjectName(u"exportPngPushButton"_s);
    connect(m_exportPngPushButton, &QPushButton::clicked, this, [this] { exportChart(false); });
    m_exportPdfPushButton = new QPushButton(tr("Export P&DF\u2026"), page);
    m_exportPdfPushButton->setObjectName(u"exportPdfPushButton"_s);
    connect(m_exportPdfPushButton, &QPushButton::clicked, this, [this] { exportChart(true); });

    m_chartView = new TrendChartView(page);
    m_chartView->setObjectName(u"trendChartView"_s);

    connect(m_chartListWidget, &QListWidget::currentRowChanged, this, [this](int row) {
        // Each chart opens at its natural period: incidents per month, times per quarter.
        const auto natural = row == SeverityChart ? TrendPeriod::Month : TrendPeriod::Quarter;
        const QSignalBlocker blocker(m_periodComboBox);
        m_periodComboBox->setCurrentIndex(m_periodComboBox->findData(int(natural)));
        updateTrends();
    });
    connect(m_periodComboBox, &QComboBox::currentIndexChanged, this, &ArchiveWindow::updateTrends);

    auto *side = new QVBoxLayout;
    side->addWidget(chartLabel);
    side->addWidget(m_chartListWidget, 1);
    side->addWidget(periodLabel);
    side->addWidget(m_periodComboBox);
    side->addSpacing(fontMetrics().height());
    side->addWidget(m_exportPngPushButton);
    side->addWidget(m_exportPdfPushButton);

    auto *layout = new QHBoxLayout(page);
    layout->addLayout(side);
    layout->addWidget(m_chartView, 1);

    m_chartListWidget->setCurrentRow(SeverityChart);
    return page;
}

QWidget *ArchiveWindow::createRemediationPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"remediationPage"_s);

    m_remediationSummaryLabel = explanation({}, page);
    m_remediationSummaryLabel->setObjectName(u"remediationSummaryLabel"_s);
    setRelativeFont(m_remediationSummaryLabel, 1.15, false);

    m_remediationProxy = new QSortFilterProxyModel(this);
    m_remediationProxy->setSourceModel(m_remediationModel);
    m_remediationProxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_remediationTableView = new QTableView(page);
    m_remediationTableView->setObjectName(u"remediationTableView"_s);
    m_remediationTableView->setAccessibleName(tr("Open remediation across the archive"));
    configureTable(m_remediationTableView);
    m_remediationTableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_remediationTableView->setModel(m_remediationProxy);
    QHeaderView *header = m_remediationTableView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(OpenRemediationModel::ItemColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(OpenRemediationModel::PostMortemColumn, QHeaderView::Interactive);
    header->resizeSection(
        OpenRemediationModel::PostMortemColumn, fontMetrics().averageCharWidth() * 45);
    // The model's order (owner, then due date) until someone clicks a header.
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_remediationTableView->setSortingEnabled(true);
    connect(
        m_remediationTableView, &QTableView::activated, this, &ArchiveWindow::openRemediationItem);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_remediationSummaryLabel);
    layout->addWidget(m_remediationTableView, 1);
    layout->addWidget(explanation(
        tr("Press Enter or double click to open the post-mortem that agreed an item."), page));
    return page;
}

QWidget *ArchiveWindow::createFoldersPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"foldersPage"_s);

    m_folderListWidget = new QListWidget(page);
    m_folderListWidget->setObjectName(u"folderListWidget"_s);
    m_folderListWidget->setAccessibleName(tr("Archive folders"));
    m_folderListWidget->setSpacing(fontMetrics().height() / 6);
    auto *removeShortcut = new QShortcut(
        QKeySequence::Delete, m_folderListWidget, nullptr, nullptr, Qt::WidgetShortcut);
    connect(removeShortcut, &QShortcut::activated, this, &ArchiveWindow::removeSelectedFolder);
    auto *addPushButton = new QPushButton(tr("&Add Folder\u2026"), page);
    addPushButton->setObjectName(u"addFolderPushButton"_s);
    connect(addPushButton, &QPushButton::clicked, this, &ArchiveWindow::chooseFolder);
    m_removeFolderPushButton = new QPushButton(tr("Re&move Folder"), page);
    m_removeFolderPushButton->setObjectName(u"removeFolderPushButton"_s);
    m_removeFolderPushButton->setToolTip(
        tr("The archive forgets the folder; its files stay where they are"));
    connect(m_removeFolderPushButton, &QPushButton::clicked, this,
        &ArchiveWindow::removeSelectedFolder);
    m_reindexPushButton = new QPushButton(tr("Re-&index Now"), page);
    m_reindexPushButton->setObjectName(u"reindexPushButton"_s);
    m_reindexPushButton->setToolTip(tr("Pick up new, changed, moved and deleted post-mortems"));
    connect(m_reindexPushButton, &QPushButton::clicked, this, &ArchiveWindow::reindex);
    connect(m_folderListWidget, &QListWidget::currentRowChanged, this,
        [this](int row) { m_removeFolderPushButton->setEnabled(row >= 0); });

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(addPushButton);
    buttons->addWidget(m_removeFolderPushButton);
    buttons->addWidget(m_reindexPushButton);
    buttons->addStretch(1);
    auto *folders = new QHBoxLayout;
    folders->addWidget(m_folderListWidget, 1);
    folders->addLayout(buttons);

    m_unreadableLabel = explanation({}, page);
    m_unreadableLabel->setObjectName(u"unreadableLabel"_s);
    m_unreadableTreeWidget = new QTreeWidget(page);
    m_unreadableTreeWidget->setObjectName(u"unreadableTreeWidget"_s);
    m_unreadableTreeWidget->setRootIsDecorated(false);
    m_unreadableTreeWidget->setHeaderLabels({tr("File"), tr("Why it cannot be read")});
    m_unreadableTreeWidget->setWordWrap(true);
    m_unreadableTreeWidget->setAlternatingRowColors(true);
    m_unreadableTreeWidget->header()->resizeSection(0, fontMetrics().averageCharWidth() * 70);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(heading(tr("Archive folders"), page));
    layout->addWidget(explanation(
        tr("Every post-mortem file in these folders and their subfolders is in the archive. "
           "\"Archive This Post-Mortem\" puts a copy into the first folder."),
        page));
    layout->addLayout(folders, 1);
    layout->addSpacing(fontMetrics().height());
    layout->addWidget(heading(tr("Files that cannot be read"), page));
    layout->addWidget(m_unreadableLabel);
    layout->addWidget(m_unreadableTreeWidget, 1);
    return page;
}

QWidget *ArchiveWindow::createStatusBar()
{
    auto *bar = new QWidget(this);
    m_statusLabel = new QLabel(bar);
    m_statusLabel->setObjectName(u"indexStatusLabel"_s);
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setWordWrap(true);
    m_progressBar = new QProgressBar(bar);
    m_progressBar->setObjectName(u"indexProgressBar"_s);
    m_progressBar->setMaximumWidth(fontMetrics().averageCharWidth() * 40);
    m_progressBar->setVisible(false);
    m_stopPushButton = new QPushButton(tr("Stop Inde&xing"), bar);
    m_stopPushButton->setObjectName(u"stopIndexingPushButton"_s);
    m_stopPushButton->setVisible(false);
    connect(m_stopPushButton, &QPushButton::clicked, this, &ArchiveWindow::cancelIndexing);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_statusLabel, 1);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_stopPushButton);
    return bar;
}

// --- Folders and indexing

void ArchiveWindow::showPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

bool ArchiveWindow::addFolder(const QString &folder)
{
    const QString normalized = ArchiveCatalog::normalizedFolder(folder);
    if (normalized.isEmpty() || !QFileInfo(normalized).isDir())
        return false;
    if (!m_folders.contains(normalized)) {
        m_folders.append(normalized);
        saveFolders(m_folders);
    }
    updateFolderList();
    reindex();
    return true;
}

void ArchiveWindow::chooseFolder()
{
    const QString folder
        = ArchiveFolderPicker::getExistingDirectory(this, tr("Add an Archive Folder"));
    if (folder.isEmpty())
        return;
    if (!addFolder(folder))
        MessageBoxes::warning(this, tr("Cannot Add the Folder"),
            tr("%1 is not a folder.").arg(QDir::toNativeSeparators(folder)));
}

void ArchiveWindow::removeSelectedFolder()
{
    const int row = m_folderListWidget->currentRow();
    if (row < 0 || row >= m_folders.size())
        return;
    const QString folder = m_folders.at(row);
    QString error;
    if (m_catalog->isOpen() && !m_catalog->removeFolder(folder, &error)) {
        MessageBoxes::critical(this, tr("Cannot Remove the Folder"), error);
        return;
    }
    m_folders.removeAt(row);
    saveFolders(m_folders);
    refresh();
}

void ArchiveWindow::reindex()
{
    if (!m_indexer || m_folders.isEmpty())
        return;
    if (m_indexing) {
        m_reindexPending = true;
        return;
    }
    m_indexing = true;
    m_reindexPending = false;
    m_progressBar->setRange(0, 0);
    m_progressBar->setVisible(true);
    m_stopPushButton->setVisible(true);
    m_reindexPushButton->setEnabled(false);
    setStatus(tr("Updating the archive\u2026"));
    const QStringList folders = m_folders;
    ArchiveIndexer *indexer = m_indexer;
    QMetaObject::invokeMethod(
        indexer, [indexer, folders] { indexer->index(folders); }, Qt::QueuedConnection);
}

void ArchiveWindow::cancelIndexing()
{
    if (m_indexer)
        m_indexer->cancel();
    m_reindexPending = false;
}

void ArchiveWindow::showProgress(int done, int total, const QString &path)
{
    m_progressBar->setRange(0, std::max(total, 1));
    m_progressBar->setValue(done);
    setStatus(tr("Reading %1 of %2: %3").arg(done + 1).arg(total).arg(QFileInfo(path).fileName()));
}

void ArchiveWindow::showIndexReport(const IndexReport &report)
{
    m_indexing = false;
    m_progressBar->setVisible(false);
    m_stopPushButton->setVisible(false);
    m_reindexPushButton->setEnabled(true);

    if (!report.succeeded()) {
        setStatus(tr("The archive could not be updated: %1").arg(report.error), true);
    } else {
        QStringList parts;
        parts << tr("%n post-mortem(s) in the archive", nullptr, m_catalog->documentCount());
        if (report.added > 0)
            parts << tr("%n new file(s)", nullptr, report.added);
        if (report.updated > 0)
            parts << tr("%n changed file(s)", nullptr, report.updated);
        if (report.moved > 0)
            parts << tr("%n moved file(s)", nullptr, report.moved);
        if (report.removed > 0)
            parts << tr("%n removed file(s)", nullptr, report.removed);
        if (!report.unreadable.isEmpty())
            parts << tr(
                "%n file(s) cannot be read (see Folders)", nullptr, int(report.unreadable.size()));
        for (const ArchiveFolder &folder : report.unavailableFolders)
            parts << tr("%1 is unavailable: %2")
                         .arg(QDir::toNativeSeparators(folder.path), folder.detail);
        if (report.cancelled)
            parts << tr("stopped before the end");
        setStatus(parts.join(u" \u00b7 "_s),
            !report.unreadable.isEmpty() || !report.unavailableFolders.isEmpty());
    }
    refresh();
    Q_EMIT indexFinished();
    if (m_reindexPending)
        reindex();
}

void ArchiveWindow::refresh()
{
    updateFolderList();
    updateSeverityChoices();
    runSearch();
    m_remediationModel->refresh();
    const int open = m_remediationModel->rowCount();
    int overdue = 0;
    for (int row = 0; row < open; ++row)
        overdue += m_remediationModel->item(row).overdue ? 1 : 0;
    m_remediationSummaryLabel->setText(open == 0
            ? tr("Every remediation item in the archive is done.")
            : tr("%n remediation item(s) not done", nullptr, open) + u" \u00b7 "_s
                + tr("%n overdue", nullptr, overdue));
    updateUnreadableFiles();
    updateTrends();
}

void ArchiveWindow::updateFolderList()
{
    QHash<QString, ArchiveFolder> known;
    if (m_catalog->isOpen()) {
        for (const ArchiveFolder &folder : m_catalog->folders())
            known.insert(folder.path, folder);
    }
    const int current = m_folderListWidget->currentRow();
    m_folderListWidget->clear();
    for (int i = 0; i < m_folders.size(); ++i) {
        const QString &folder = m_folders.at(i);
        QString text = QDir::toNativeSeparators(folder);
        if (i == 0)
            text = tr("%1 (archived post-mortems go here)").arg(text);
        auto *item = new QListWidgetItem(text, m_folderListWidget);
        const auto state = known.constFind(folder);
        if (state != known.constEnd() && !state->available) {
            item->setText(tr("%1 \u2014 unavailable: %2").arg(text, state->detail));
            item->setForeground(PageStyle::warningColor(palette()));
        } else if (state != known.constEnd() && state->lastScan.isValid()) {
            item->setToolTip(
                tr("Last looked at %1")
                    .arg(QLocale().toString(state->lastScan.toLocalTime(), QLocale::ShortFormat)));
        }
    }
    m_folderListWidget->setCurrentRow(std::min(current, int(m_folders.size()) - 1));
    m_removeFolderPushButton->setEnabled(m_folderListWidget->currentRow() >= 0);
    m_noFoldersLabel->setVisible(m_folders.isEmpty());
}

void ArchiveWindow::updateUnreadableFiles()
{
    m_unreadableTreeWidget->clear();
    const QList<UnreadableFile> files
        = m_catalog->isOpen() ? m_catalog->unreadableFiles() : QList<UnreadableFile>();
    for (const UnreadableFile &file : files) {
        auto *item = new QTreeWidgetItem(
            m_unreadableTreeWidget, {QDir::toNativeSeparators(file.path), file.reason});
        item->setToolTip(1, file.reason);
    }
    m_unreadableLabel->setText(files.isEmpty()
            ? tr("Every file in the archive folders can be read.")
            : tr("%n file(s) in the archive folders cannot be read; the "
                 "rest of the archive is not affected.",
                nullptr, int(files.size())));
    m_tabs->setTabText(int(Page::Folders),
        files.isEmpty() ? tr("&Folders")
                        : tr("&Folders (%n unreadable)", nullptr, int(files.size())));
}

void ArchiveWindow::updateSeverityChoices()
{
    const QString current = m_severityComboBox->currentData().toString();
    const QSignalBlocker blocker(m_severityComboBox);
    m_severityComboBox->clear();
    m_severityComboBox->addItem(tr("Any severity"));
    if (m_catalog->isOpen()) {
        for (const CatalogSeverity &severity : m_catalog->severities()) {
            if (!severity.key.isEmpty())
                m_severityComboBox->addItem(
                    ArchiveFormat::severity(severity.key, severity.name), severity.key);
        }
    }
    m_severityComboBox->setCurrentIndex(std::max(0, m_severityComboBox->findData(current)));
}

// --- Browsing

void ArchiveWindow::runSearch()
{
    m_searchTimer->stop();
    if (!m_catalog->isOpen())
        return;
    ArchiveQuery query = m_searchModel->query();
    query.text = m_searchLineEdit->text();
    query.severityKeys.clear();
    if (const QString key = m_severityComboBox->currentData().toString(); !key.isEmpty())
        query.severityKeys.append(key);
    query.statuses.clear();
    if (const QString key = m_statusComboBox->currentData().toString(); !key.isEmpty())
        query.statuses.append(key);
    query.from = optionalDate(m_fromDateEdit);
    query.to = optionalDate(m_toDateEdit);
    query.openRemediationOnly = m_openRemediationCheckBox->isChecked();
    m_searchModel->setQuery(query);
    // setQuery keeps the catalog's order; a column sorted in memory is sorted again.
    const QHeaderView *header = m_resultsTableView->horizontalHeader();
    const int column = header->sortIndicatorSection();
    if (column != ArchiveSearchModel::TitleColumn && column != ArchiveSearchModel::DateColumn
        && column != ArchiveSearchModel::SeverityColumn && column >= 0) {
        m_searchModel->sort(column, header->sortIndicatorOrder());
    }
}

void ArchiveWindow::updateBrowseState()
{
    const int rows = m_searchModel->rowCount();
    const int total = m_catalog->isOpen() ? m_catalog->documentCount() : 0;
    m_resultCountLabel->setText(rows == total
            ? tr("%n post-mortem(s)", nullptr, rows)
            : tr("%1 of %n post-mortem(s)", nullptr, total).arg(rows));
    const int selected = int(m_resultsTableView->selectionModel()->selectedRows().size());
    m_openPushButton->setEnabled(m_resultsTableView->currentIndex().isValid() || selected == 1);
    m_comparePushButton->setEnabled(
        selected >= Comparison::MinDocuments && selected <= Comparison::MaxDocuments);
    updateSnippet();
}

void ArchiveWindow::updateSnippet()
{
    const QModelIndex current = m_resultsTableView->currentIndex();
    const QString snippet = current.isValid()
        ? current.siblingAtColumn(0).data(ArchiveSearchModel::SnippetRole).toString()
        : QString();
    m_snippetLabel->setText(
        snippet.isEmpty() ? QString() : u"\u2026 "_s + snippetHtml(snippet) + u" \u2026"_s);
    m_snippetLabel->setVisible(!snippet.isEmpty());
}

void ArchiveWindow::openCurrentResult()
{
    const QModelIndex current = m_resultsTableView->currentIndex();
    if (!current.isValid())
        return;
    Q_EMIT openRequested(current.data(ArchiveSearchModel::PathRole).toString());
}

void ArchiveWindow::openRemediationItem(const QModelIndex &index)
{
    if (index.isValid())
        Q_EMIT openRequested(index.data(OpenRemediationModel::PathRole).toString());
}

// --- Comparing

bool ArchiveWindow::compareSelected()
{
    QModelIndexList rows = m_resultsTableView->selectionModel()->selectedRows();
    // Oldest on the left: the story of a recurring factor reads from left to right.
    std::sort(rows.begin(), rows.end(), [this](const QModelIndex &a, const QModelIndex &b) {
        return m_searchModel->entry(a.row()).incidentDate
            < m_searchModel->entry(b.row()).incidentDate;
    });
    if (rows.size() < Comparison::MinDocuments || rows.size() > Comparison::MaxDocuments) {
        MessageBoxes::warning(
            this, tr("Compare Post-Mortems"), tr("Select two to four post-mortems to compare."));
        return false;
    }
    QStringList paths;
    for (const QModelIndex &row : std::as_const(rows))
        paths.append(row.data(ArchiveSearchModel::PathRole).toString());
    QString error;
    const std::optional<Comparison> comparison = Comparison::fromFiles(paths, &error);
    if (!comparison) {
        MessageBoxes::critical(this, tr("Cannot Compare"), error);
        return false;
    }
    m_comparisonModel->setComparison(*comparison);
    m_compareHintLabel->setVisible(false);

    m_recurrenceTreeWidget->clear();
    const QFont bold = PageStyle::scaledFont(m_recurrenceTreeWidget->font(), 1.0, true);
    for (const PostMortemSummary &summary : comparison->documents()) {
        const QList<RecurrenceMatch> matches = Recurrence::find(summary, *m_catalog);
        auto *top = new QTreeWidgetItem(m_recurrenceTreeWidget);
        top->setText(0, summary.title.isEmpty() ? tr("(untitled)") : summary.title);
        top->setFont(0, bold);
        top->setFirstColumnSpanned(true);
        if (matches.isEmpty()) {
            auto *none = new QTreeWidgetItem(top);
            none->setText(0, tr("Nothing resembles its factors or remediation items elsewhere."));
            none->setFirstColumnSpanned(true);
        }
        for (const RecurrenceMatch &match : matches) {
            const bool factor = match.kind == RecurrenceMatch::Kind::Factor;
            QString title;
            if (factor && match.item < summary.factors.size())
                title = tr("Factor: %1").arg(summary.factors.at(match.item).title);
            else if (!factor && match.item < summary.remediation.size())
                title = tr("Remediation: %1").arg(summary.remediation.at(match.item).title);
            QString seen = match.seenText();
            if (!match.otherItemTitle.isEmpty())
                seen += u"\n\u201c"_s + match.otherItemTitle + u"\u201d"_s;
            if (!factor && !match.otherItemStatus.isEmpty())
                seen += u" \u2014 "_s
                    + choiceLabel(Vocabulary::RemediationStatus, match.otherItemStatus);
            auto *item = new QTreeWidgetItem(top, {title, seen, match.explanation()});
            // Two-line cells get air between them, not just their own text height.
            const int lines = int(seen.count(u'\n')) + 1;
            item->setSizeHint(
                1, QSize(0, m_recurrenceTreeWidget->fontMetrics().height() * (lines + 1)));
            item->setData(1, Qt::UserRole, match.otherPath);
            item->setToolTip(1, QDir::toNativeSeparators(match.otherPath));
            item->setToolTip(2, match.explanation() + u"\n\n"_s + Similarity::measureDescription());
        }
    }
    m_recurrenceTreeWidget->expandAll();
    showPage(Page::Compare);
    // The side-by-side table gets the room it needs, the recurrences the rest.
    m_comparisonTableView->resizeRowsToContents();
    if (auto *splitter = findChild<QSplitter *>(u"compareSplitter"_s)) {
        const int total = splitter->height();
        const QHeaderView *rowsHeader = m_comparisonTableView->verticalHeader();
        const int tableNeeds = rowsHeader->length()
            + m_comparisonTableView->horizontalHeader()->height()
            + m_compareHintLabel->sizeHint().height() * 3;
        const int top = std::clamp(tableNeeds, total / 3, total * 7 / 10);
        splitter->setSizes({top, total - top});
    }
    m_comparisonTableView->setFocus();
    return true;
}

// --- Trends

void ArchiveWindow::updateTrends()
{
    if (!m_catalog->isOpen())
        return;
    const Trends trends = Trends::fromCatalog(*m_catalog, QDate::currentDate());
    const auto period = TrendPeriod(m_periodComboBox->currentData().toInt());
    switch (m_chartListWidget->currentRow()) {
    case MedianTimesChart:
        m_chartView->setChart(trends.medianTimesChart(period));
        break;
    case RemediationChart:
        m_chartView->setChart(trends.remediationChart(period));
        break;
    default:
        m_chartView->setChart(trends.severityChart(period));
        break;
    }
    const bool empty = TrendChart::isEmpty(m_chartView->chart());
    m_exportPngPushButton->setEnabled(!empty);
    m_exportPdfPushButton->setEnabled(!empty);
}

void ArchiveWindow::exportChart(bool pdf)
{
    static const QStringList fileStems {
        u"postmortems-by-severity"_s, u"median-times"_s, u"remediation"_s};
    const QString stem = fileStems.value(m_chartListWidget->currentRow(), fileStems.first());
    const QString path = pdf ? FileDialogs::getSaveFileName(this, tr("Export Chart as PDF"),
                             stem + u".pdf"_s, tr("PDF documents (*.pdf)"))
                             : FileDialogs::getSaveFileName(this, tr("Export Chart as PNG"),
                                 stem + u".png"_s, tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    const bool saved = pdf ? TrendChart::savePdf(m_chartView->chart(), path, &error)
                           : TrendChart::savePng(m_chartView->chart(), path, &error);
    if (!saved) {
        MessageBoxes::critical(this, tr("Cannot Export the Chart"), error);
        return;
    }
    setStatus(tr("Chart exported to %1").arg(QDir::toNativeSeparators(path)));
}

void ArchiveWindow::setStatus(const QString &text, bool problem)
{
    m_statusLabel->setText(text);
    PageStyle::setTextColor(m_statusLabel,
        problem ? PageStyle::warningColor(palette()) : palette().color(QPalette::WindowText));
}

} // namespace Debrief
