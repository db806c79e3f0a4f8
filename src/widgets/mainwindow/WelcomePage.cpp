#include "WelcomePage.h"

#include "RecentFiles.h"
#include "TintedFrame.h"
#include "dialogs/MessageBoxes.h"
#include "storage/UntitledDocuments.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace Debrief {

using namespace Qt::StringLiterals;

namespace {

enum { FolderRole = Qt::UserRole + 2 };

QFont scaledFont(QFont font, qreal factor, bool bold)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(qRound(font.pixelSize() * factor));
    font.setBold(bold);
    return font;
}

QString whenText(const QDateTime &when)
{
    const QDateTime local = when.toLocalTime();
    const QLocale locale;
    if (local.date() == QDate::currentDate())
        return WelcomePage::tr("today at %1").arg(locale.toString(local.time(), QLocale::ShortFormat));
    return locale.toString(local, QLocale::ShortFormat);
}

// A recent file: its name, and the folder it is in underneath in a quieter colour.
class RecentItemDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget);
        const bool enabled = opt.state & QStyle::State_Enabled;
        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette::ColorGroup group = enabled ? QPalette::Normal : QPalette::Disabled;
        const int margin = opt.fontMetrics.height() / 2;
        const QRect area = opt.rect.adjusted(margin, margin / 2, -margin, -margin / 2);
        const int line = opt.fontMetrics.height();
        painter->save();
        painter->setFont(opt.font);
        painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(QRect(area.left(), area.top(), area.width(), line),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          opt.fontMetrics.elidedText(opt.text, Qt::ElideMiddle, area.width()));
        painter->setPen(opt.palette.color(
            group, selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        painter->drawText(QRect(area.left(), area.top() + line, area.width(), line),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          opt.fontMetrics.elidedText(index.data(FolderRole).toString(),
                                                     Qt::ElideMiddle, area.width()));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        const int line = option.fontMetrics.height();
        return {line * 20, line * 2 + line / 2 + line / 2};
    }
};

} // namespace

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"welcomePage"_s);

    m_appTitleLabel = new QLabel(tr("Debrief"), this);
    m_appTitleLabel->setObjectName(u"appTitleLabel"_s);
    m_taglineLabel = new QLabel(
        tr("Run a blameless post-mortem with the room: what happened, why it made sense at the "
           "time, and what we change."),
        this);
    m_taglineLabel->setObjectName(u"taglineLabel"_s);
    m_taglineLabel->setWordWrap(true);

    m_newButton = new QPushButton(QIcon::fromTheme(u"document-new"_s), tr("&New post-mortem"), this);
    m_newButton->setObjectName(u"newPushButton"_s);
    m_newButton->setDefault(true);
    m_openButton = new QPushButton(QIcon::fromTheme(u"document-open"_s), tr("&Open\u2026"), this);
    m_openButton->setObjectName(u"openPushButton"_s);
    m_exampleButton = new QPushButton(tr("Open &example"), this);
    m_exampleButton->setObjectName(u"openExamplePushButton"_s);
    m_exampleButton->setToolTip(tr("A finished post-mortem to look around in"));
    connect(m_newButton, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(m_openButton, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(m_exampleButton, &QPushButton::clicked, this, &WelcomePage::openExampleRequested);

    m_recoveryWidget = new TintedFrame(QColor(0xff, 0xf6, 0xe0), QColor(0xd9, 0xa4, 0x41),
                                       QColor(0x3d, 0x2a, 0x00), this);
    m_recoveryWidget->setObjectName(u"recoveryFrame"_s);
    auto *recoveryLayout = new QVBoxLayout(m_recoveryWidget);
    m_recoveryTitleLabel = new QLabel(tr("Recover unsaved post-mortems"), m_recoveryWidget);
    m_recoveryTitleLabel->setObjectName(u"recoveryTitleLabel"_s);
    auto *recoveryHint = new QLabel(
        tr("These were still open when Debrief last stopped (a crash, a killed app, a dead "
           "battery). Everything typed was kept."),
        m_recoveryWidget);
    recoveryHint->setObjectName(u"recoveryHintLabel"_s);
    recoveryHint->setWordWrap(true);
    recoveryLayout->addWidget(m_recoveryTitleLabel);
    recoveryLayout->addWidget(recoveryHint);
    m_recoveryRows = new QVBoxLayout;
    recoveryLayout->addLayout(m_recoveryRows);

    m_recentTitleLabel = new QLabel(tr("Recent post-mortems"), this);
    m_recentTitleLabel->setObjectName(u"recentTitleLabel"_s);
    m_recentList = new QListWidget(this);
    m_recentList->setObjectName(u"recentListWidget"_s);
    m_recentList->setItemDelegate(new RecentItemDelegate(m_recentList));
    m_recentList->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_recentList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_recentList->setAccessibleName(tr("Recent post-mortems"));
    connect(m_recentList, &QListWidget::itemActivated, this, &WelcomePage::openRecentItem);
    connect(m_recentList, &QListWidget::itemClicked, this, &WelcomePage::openRecentItem);
    m_noRecentLabel = new QLabel(tr("Post-mortems you open or save will be listed here."), this);
    m_noRecentLabel->setObjectName(u"noRecentLabel"_s);
    m_noRecentLabel->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_exampleButton);
    buttons->addStretch();

    auto *column = new QWidget;
    column->setObjectName(u"welcomeColumn"_s);
    column->setMaximumWidth(1100);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->addWidget(m_appTitleLabel);
    columnLayout->addWidget(m_taglineLabel);
    columnLayout->addSpacing(24);
    columnLayout->addLayout(buttons);
    columnLayout->addSpacing(24);
    columnLayout->addWidget(m_recoveryWidget);
    columnLayout->addSpacing(12);
    columnLayout->addWidget(m_recentTitleLabel);
    columnLayout->addWidget(m_recentList);
    columnLayout->addWidget(m_noRecentLabel);
    columnLayout->addStretch();

    auto *content = new QWidget;
    auto *contentLayout = new QHBoxLayout(content);
    contentLayout->setContentsMargins(32, 32, 32, 32);
    contentLayout->addStretch(1);
    contentLayout->addWidget(column, 8);
    contentLayout->addStretch(1);

    // At high zoom the page may not fit: it scrolls rather than cutting anything off.
    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    setFocusProxy(m_newButton);
    updateFonts();
    refresh();
}

void WelcomePage::refresh(const QString &openPath)
{
    m_openPath = openPath;
    refreshRecovery();
    refreshRecent();
}

void WelcomePage::refreshRecent()
{
    m_recentList->clear();
    const QStringList paths = RecentFiles::list();
    for (const QString &path : paths) {
        const QFileInfo info(path);
        auto *item = new QListWidgetItem(info.fileName(), m_recentList);
        item->setData(PathRole, path);
        item->setData(FolderRole, QDir::toNativeSeparators(info.absolutePath()));
        if (info.exists()) {
            item->setToolTip(QDir::toNativeSeparators(path));
        } else {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setToolTip(tr("%1 no longer exists.").arg(QDir::toNativeSeparators(path)));
        }
    }
    m_recentList->setVisible(!paths.isEmpty());
    m_noRecentLabel->setVisible(paths.isEmpty());
    // Tall enough for every entry: the page scrolls, not the list inside it.
    const int rowHeight = m_recentList->sizeHintForRow(0);
    m_recentList->setFixedHeight(std::max(1, int(paths.size())) * std::max(rowHeight, 1)
                                 + 2 * m_recentList->frameWidth());
}

void WelcomePage::refreshRecovery()
{
    while (QLayoutItem *row = m_recoveryRows->takeAt(0)) {
        // Later: this may run from a click on a button inside the row.
        if (QWidget *widget = row->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete row;
    }
    const QString ownPath = m_openPath.isEmpty() ? QString() : QFileInfo(m_openPath).absoluteFilePath();
    int count = 0;
    const QList<RecoverableDocument> documents = UntitledDocuments::recoverable();
    for (const RecoverableDocument &document : documents) {
        if (QFileInfo(document.path).absoluteFilePath() == ownPath)
            continue;
        ++count;
        auto *row = new QWidget(m_recoveryWidget);
        row->setObjectName(u"recoveryRow"_s);
        row->setProperty("documentPath", document.path);
        auto *titleLabel = new QLabel(
            document.title.trimmed().isEmpty() ? tr("Untitled") : document.title.trimmed(), row);
        titleLabel->setObjectName(u"recoveryDocumentLabel"_s);
        titleLabel->setTextFormat(Qt::PlainText);
        QFont bold; // only the weight: the size still follows the zoom
        bold.setBold(true);
        titleLabel->setFont(bold);
        auto *whenLabel = new QLabel(tr("last changed %1").arg(whenText(document.lastModified)), row);
        auto *recoverButton = new QPushButton(tr("Recover"), row);
        recoverButton->setObjectName(u"recoverPushButton"_s);
        recoverButton->setProperty("documentPath", document.path);
        auto *discardButton = new QPushButton(tr("Discard\u2026"), row);
        discardButton->setObjectName(u"discardPushButton"_s);
        discardButton->setProperty("documentPath", document.path);
        const QString path = document.path;
        connect(recoverButton, &QPushButton::clicked, this,
                [this, path] { Q_EMIT recoverRequested(path); });
        connect(discardButton, &QPushButton::clicked, this,
                [this, path] { discardRecoverable(path); });
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        rowLayout->addWidget(titleLabel, 1);
        rowLayout->addWidget(whenLabel);
        rowLayout->addSpacing(12);
        rowLayout->addWidget(recoverButton);
        rowLayout->addWidget(discardButton);
        m_recoveryRows->addWidget(row);
    }
    m_recoveryWidget->setVisible(count > 0);
}

void WelcomePage::openRecentItem(QListWidgetItem *item)
{
    if (item && (item->flags() & Qt::ItemIsEnabled))
        Q_EMIT openFileRequested(item->data(PathRole).toString());
}

void WelcomePage::discardRecoverable(const QString &path)
{
    const QMessageBox::StandardButton answer = MessageBoxes::question(
        this, tr("Discard Post-Mortem"),
        tr("Delete this unsaved post-mortem for good? It cannot be recovered afterwards."),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return;
    UntitledDocuments::discard(path);
    refreshRecovery();
}

void WelcomePage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateFonts();
}

void WelcomePage::updateFonts()
{
    // Zoom changes this page's font; headings and buttons keep their proportions to it.
    m_appTitleLabel->setFont(scaledFont(font(), 2.4, true));
    m_taglineLabel->setFont(scaledFont(font(), 1.2, false));
    m_recoveryTitleLabel->setFont(scaledFont(font(), 1.3, true));
    m_recentTitleLabel->setFont(scaledFont(font(), 1.3, true));
    const QFont buttonFont = scaledFont(font(), 1.15, false);
    const int height = QFontMetrics(buttonFont).height() * 5 / 2;
    for (QPushButton *button : {m_newButton, m_openButton, m_exampleButton}) {
        button->setFont(buttonFont);
        button->setMinimumHeight(height);
        button->setMinimumWidth(QFontMetrics(buttonFont).horizontalAdvance(button->text()) + height * 2);
    }
    QFont bold = m_newButton->font();
    bold.setBold(true);
    m_newButton->setFont(bold);
    if (m_recentList->count() > 0) {
        m_recentList->setFixedHeight(int(m_recentList->count()) * m_recentList->sizeHintForRow(0)
                                     + 2 * m_recentList->frameWidth());
    }
}

} // namespace Debrief
