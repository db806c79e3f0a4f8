#include "DocumentView.h"

#include "StepIcons.h"
#include "TintedFrame.h"
#include "document/Document.h"
#include "steps/StepPage.h"
#include "steps/StepPages.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace Debrief {

using namespace Qt::StringLiterals;

namespace {

QFont scaledFont(QFont font, qreal factor, bool bold)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(qRound(font.pixelSize() * factor));
    font.setBold(bold);
    return font;
}

// A step: its icon, its title, and "done/total" at the right edge.
class StepItemDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString progress = index.data(DocumentView::ProgressRole).toString();
        const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget);

        const int margin = opt.fontMetrics.height() / 2;
        const int iconSide = opt.fontMetrics.height();
        QRect area = opt.rect.adjusted(margin, 0, -margin, 0);
        const QRect iconRect(area.left(), area.center().y() - iconSide / 2, iconSide, iconSide);
        const QIcon::Mode mode = opt.state & QStyle::State_Enabled ? QIcon::Normal : QIcon::Disabled;
        opt.icon.paint(painter, iconRect, Qt::AlignCenter, mode);
        area.setLeft(iconRect.right() + margin);

        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
        painter->save();
        painter->setFont(opt.font);
        if (!progress.isEmpty()) {
            const int width = opt.fontMetrics.horizontalAdvance(progress);
            QColor secondary = opt.palette.color(textRole);
            if (!selected)
                secondary = opt.palette.color(QPalette::PlaceholderText);
            painter->setPen(secondary);
            painter->drawText(QRect(area.right() - width, area.top(), width, area.height()),
                              Qt::AlignVCenter | Qt::AlignRight, progress);
            area.setRight(area.right() - width - margin);
        }
        painter->setPen(opt.palette.color(textRole));
        painter->drawText(area, Qt::AlignVCenter | Qt::AlignLeft,
                          opt.fontMetrics.elidedText(opt.text, Qt::ElideRight, area.width()));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(std::max(size.height(), option.fontMetrics.height() * 2));
        return size;
    }
};

QFrame *makeBanner(const QString &objectName, const QColor &background, const QColor &border,
                   const QColor &text, QLabel **label, QWidget *parent)
{
    auto *frame = new TintedFrame(background, border, text, parent);
    frame->setObjectName(objectName);
    auto *layout = new QHBoxLayout(frame);
    *label = new QLabel(frame);
    (*label)->setWordWrap(true);
    (*label)->setTextFormat(Qt::PlainText);
    (*label)->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(*label);
    frame->hide();
    return frame;
}

} // namespace

DocumentView::DocumentView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"documentView"_s);

    m_saveFailureFrame = makeBanner(u"saveFailureFrame"_s, QColor(0xfd, 0xec, 0xea),
                                    QColor(0xc6, 0x28, 0x28), QColor(0x7f, 0x10, 0x10),
                                    &m_saveFailureLabel, this);
    m_saveFailureLabel->setObjectName(u"saveFailureLabel"_s);
    m_readOnlyFrame = makeBanner(u"readOnlyFrame"_s, QColor(0xe8, 0xf1, 0xfb),
                                 QColor(0x5b, 0x8c, 0xc4), QColor(0x12, 0x33, 0x5a),
                                 &m_readOnlyLabel, this);
    m_readOnlyLabel->setObjectName(u"readOnlyLabel"_s);

    m_stepList = new QListWidget(this);
    m_stepList->setObjectName(u"stepListWidget"_s);
    m_stepList->setItemDelegate(new StepItemDelegate(m_stepList));
    m_stepList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_stepList->setAccessibleName(tr("Steps"));

    m_stepTitleLabel = new QLabel(this);
    m_stepTitleLabel->setObjectName(u"stepTitleLabel"_s);
    m_stepTitleLabel->setTextFormat(Qt::PlainText);
    m_stepSummaryLabel = new QLabel(this);
    m_stepSummaryLabel->setObjectName(u"stepSummaryLabel"_s);
    m_stepSummaryLabel->setTextFormat(Qt::PlainText);
    m_stepSummaryLabel->setWordWrap(true);
    m_stepSummaryLabel->setForegroundRole(QPalette::PlaceholderText);

    m_pageStack = new QStackedWidget(this);
    m_pageStack->setObjectName(u"stepStackedWidget"_s);

    m_backButton = new QPushButton(this);
    m_backButton->setObjectName(u"backPushButton"_s);
    m_nextButton = new QPushButton(this);
    m_nextButton->setObjectName(u"nextPushButton"_s);
    m_backButton->setIcon(QIcon::fromTheme(u"go-previous"_s));
    m_nextButton->setIcon(QIcon::fromTheme(u"go-next"_s));

    m_previousAction = new QAction(tr("&Previous Step"), this);
    m_previousAction->setObjectName(u"previousStepAction"_s);
    m_previousAction->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Left),
                                    QKeySequence(Qt::CTRL | Qt::Key_PageUp)});
    m_nextAction = new QAction(tr("&Next Step"), this);
    m_nextAction->setObjectName(u"nextStepAction"_s);
    m_nextAction->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Right),
                                QKeySequence(Qt::CTRL | Qt::Key_PageDown)});
    addAction(m_previousAction);
    addAction(m_nextAction);
    connect(m_previousAction, &QAction::triggered, this, &DocumentView::goToPreviousStep);
    connect(m_nextAction, &QAction::triggered, this, &DocumentView::goToNextStep);
    connect(m_backButton, &QPushButton::clicked, this, &DocumentView::goToPreviousStep);
    connect(m_nextButton, &QPushButton::clicked, this, &DocumentView::goToNextStep);

    for (const Step step : stepsWithPages()) {
        m_steps.append(step);
        m_pages.append(nullptr); // created when first shown: see page()
        m_pageDocuments.append(nullptr);
        m_pageStack->addWidget(new QWidget(m_pageStack));
        const StepInfo info = stepInfo(step);
        auto *item = new QListWidgetItem(info.title, m_stepList);
        item->setData(StepRole, int(step));
        // Alt, not Ctrl: Ctrl+1 to Ctrl+3 set a question's status on the Questions step.
        const int number = int(m_steps.size());
        auto *jump = new QAction(tr("&%1 %2").arg(number).arg(info.title), this);
        jump->setObjectName(u"goToStep%1Action"_s.arg(number));
        if (number <= 9)
            jump->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + number)));
        addAction(jump);
        connect(jump, &QAction::triggered, this, [this, step] {
            setCurrentStep(step);
            focusPage();
        });
        m_stepActions.append(jump);
    }
    connect(m_stepList, &QListWidget::currentRowChanged, this, &DocumentView::setCurrentIndex);

    m_progressTimer.setSingleShot(true);
    m_progressTimer.setInterval(0);
    connect(&m_progressTimer, &QTimer::timeout, this, &DocumentView::updateProgress);

    auto *header = new QVBoxLayout;
    header->addWidget(m_stepTitleLabel);
    header->addWidget(m_stepSummaryLabel);

    auto *navigation = new QHBoxLayout;
    navigation->addWidget(m_backButton);
    navigation->addStretch();
    navigation->addWidget(m_nextButton);

    auto *pageColumn = new QVBoxLayout;
    pageColumn->addLayout(header);
    auto *rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);
    pageColumn->addWidget(rule);
    pageColumn->addWidget(m_pageStack, 1);
    pageColumn->addLayout(navigation);

    auto *body = new QHBoxLayout;
    body->addWidget(m_stepList);
    body->addLayout(pageColumn, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_saveFailureFrame);
    layout->addWidget(m_readOnlyFrame);
    layout->addLayout(body, 1);

    updateFonts();
    m_pageStack->setCurrentIndex(0);
}

DocumentView::~DocumentView()
{
    // Pages must not outlive their view holding a document pointer.
    setDocument(nullptr);
}

void DocumentView::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    // Hidden pages let go of the old document now and get the new one when shown.
    for (StepPage *page : std::as_const(m_pages)) {
        if (page)
            page->setDocument(nullptr);
    }
    m_pageDocuments.fill(nullptr, m_pages.size());
    clearSaveFailure();
    if (document) {
        connect(document, &Document::valueChanged, this, &DocumentView::scheduleProgressUpdate);
        connect(document, &Document::recordInserted, this, &DocumentView::scheduleProgressUpdate);
        connect(document, &Document::recordRemoved, this, &DocumentView::scheduleProgressUpdate);
        connect(document, &Document::recordMoved, this, &DocumentView::scheduleProgressUpdate);
        m_stepList->setCurrentRow(0);
        setCurrentIndex(m_stepList->currentRow());
    }
    updateReadOnlyBanner();
    updateProgress();
}

StepPage *DocumentView::page(int index)
{
    if (index < 0 || index >= m_pages.size())
        return nullptr;
    if (!m_pages.at(index)) {
        StepPage *page = createStepPage(m_steps.at(index), m_pageStack);
        QWidget *placeholder = m_pageStack->widget(index);
        m_pageStack->insertWidget(index, page); // pages scroll their own content
        m_pageStack->removeWidget(placeholder);
        delete placeholder;
        connect(page, &StepPage::progressChanged, this, &DocumentView::scheduleProgressUpdate);
        m_pages[index] = page;
    }
    if (m_pageDocuments.at(index) != m_document) {
        m_pageDocuments[index] = m_document;
        m_pages.at(index)->setDocument(m_document);
    }
    return m_pages.at(index);
}

QList<Step> DocumentView::steps() const
{
    return m_steps;
}

Step DocumentView::currentStep() const
{
    const int index = m_pageStack->currentIndex();
    return index >= 0 && index < m_steps.size() ? m_steps.at(index) : Step::Prepare;
}

void DocumentView::setCurrentStep(Step step)
{
    const int index = int(steps().indexOf(step));
    if (index >= 0)
        m_stepList->setCurrentRow(index);
}

void DocumentView::focusPage()
{
    StepPage *page = this->page(m_pageStack->currentIndex());
    if (!page)
        return;
    for (QWidget *widget = page->nextInFocusChain();
         widget && widget != page && page->isAncestorOf(widget);
         widget = widget->nextInFocusChain()) {
        // Scroll areas take the focus too, but nobody types into them.
        if ((widget->focusPolicy() & Qt::TabFocus) && widget->isVisibleTo(page)
            && widget->isEnabled() && !qobject_cast<QScrollArea *>(widget)) {
            widget->setFocus(Qt::TabFocusReason);
            return;
        }
    }
}

void DocumentView::goToPreviousStep()
{
    if (m_pageStack->currentIndex() > 0) {
        m_stepList->setCurrentRow(m_pageStack->currentIndex() - 1);
        focusPage();
    }
}

void DocumentView::goToNextStep()
{
    if (m_pageStack->currentIndex() + 1 < m_steps.size()) {
        m_stepList->setCurrentRow(m_pageStack->currentIndex() + 1);
        focusPage();
    }
}

void DocumentView::setCurrentIndex(int index)
{
    if (!page(index))
        return;
    m_pageStack->setCurrentIndex(index);
    if (m_stepList->currentRow() != index)
        m_stepList->setCurrentRow(index);
    const StepInfo info = stepInfo(m_steps.at(index));
    m_stepTitleLabel->setText(info.title);
    m_stepSummaryLabel->setText(info.summary);
    updateNavigation();
}

void DocumentView::updateNavigation()
{
    const int index = m_pageStack->currentIndex();
    const bool hasPrevious = index > 0;
    const bool hasNext = index >= 0 && index + 1 < m_steps.size();
    m_previousAction->setEnabled(hasPrevious);
    m_nextAction->setEnabled(hasNext);
    m_backButton->setEnabled(hasPrevious);
    m_nextButton->setEnabled(hasNext);
    m_backButton->setText(hasPrevious
                              ? tr("Back: %1").arg(stepInfo(m_steps.at(index - 1)).title)
                              : tr("Back"));
    m_nextButton->setText(hasNext
                              ? tr("Next: %1").arg(stepInfo(m_steps.at(index + 1)).title)
                              : tr("Next"));
    m_backButton->setToolTip(tr("Previous step (%1)")
                                 .arg(m_previousAction->shortcut().toString(QKeySequence::NativeText)));
    m_nextButton->setToolTip(tr("Next step (%1)")
                                 .arg(m_nextAction->shortcut().toString(QKeySequence::NativeText)));
}

void DocumentView::scheduleProgressUpdate()
{
    // Many signals arrive per edit (and per undo of a large removal): read once afterwards.
    m_progressTimer.start();
}

void DocumentView::updateProgress()
{
    m_progressTimer.stop();
    for (int row = 0; row < m_stepList->count(); ++row) {
        QListWidgetItem *item = m_stepList->item(row);
        const Step step = Step(item->data(StepRole).toInt());
        const QString title = stepInfo(step).title;
        StepProgress progress;
        if (m_document)
            progress = stepProgress(*m_document, step);
        const bool complete = progress.isComplete();
        const QString count =
            progress.total > 0 ? u"%1/%2"_s.arg(progress.done).arg(progress.total) : QString();
        item->setData(ProgressRole, count);
        item->setData(CompleteRole, complete);
        item->setIcon(complete ? StepIcons::complete() : StepIcons::incomplete());
        if (progress.total == 0) {
            item->setToolTip(title);
            item->setData(Qt::AccessibleTextRole, title);
        } else {
            item->setToolTip(complete ? tr("%1: complete").arg(title)
                                      : tr("%1: %2 of %3 done; missing: %4")
                                            .arg(title)
                                            .arg(progress.done)
                                            .arg(progress.total)
                                            .arg(progress.missing.join(tr(", "))));
            item->setData(Qt::AccessibleTextRole,
                          tr("%1, %2 of %3 done").arg(title).arg(progress.done).arg(progress.total));
        }
    }
}

void DocumentView::showSaveFailure(const QString &reason)
{
    m_saveFailureLabel->setText(
        tr("Changes cannot be written to the file: %1\nNothing is lost: Debrief keeps them and "
           "keeps trying. To keep a copy elsewhere, use File \u25B8 Save As\u2026")
            .arg(reason));
    m_saveFailureFrame->show();
}

void DocumentView::clearSaveFailure()
{
    m_saveFailureLabel->clear();
    m_saveFailureFrame->hide();
}

bool DocumentView::isShowingSaveFailure() const
{
    return !m_saveFailureFrame->isHidden();
}

void DocumentView::updateReadOnlyBanner()
{
    const bool readOnly = m_document && m_document->isReadOnly();
    m_readOnlyFrame->setVisible(readOnly);
    if (readOnly)
        m_readOnlyLabel->setText(
            tr("This post-mortem is open read-only: nothing can be changed. To work on a copy, "
               "use File \u25B8 Save As\u2026"));
}

void DocumentView::setStepListScale(qreal scale)
{
    m_stepListScale = scale;
    updateFonts();
}

void DocumentView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateFonts();
}

void DocumentView::updateFonts()
{
    // Zoom changes this view's font; headings follow it in proportion.
    m_stepTitleLabel->setFont(scaledFont(font(), 1.6, true));
    const QFont listFont = scaledFont(font(), m_stepListScale, false);
    m_stepList->setFont(listFont);
    const QFontMetrics metrics(listFont);
    int widest = 0;
    for (const Step step : allSteps())
        widest = std::max(widest, metrics.horizontalAdvance(stepInfo(step).title));
    const int width = widest + metrics.horizontalAdvance(u"00/00"_s) + metrics.height() * 4;
    m_stepList->setFixedWidth(width);
}

} // namespace Debrief
