#include "BiasesPage.h"

#include "ui_BiasesPage.h"

#include "PageStyle.h"
#include "StepNotesPanel.h"
#include "dialogs/CallOutBiasDialog.h"
#include "document/Document.h"
#include "document/RecordTableModel.h"
#include "views/VocabularyDelegate.h"

#include <QAction>
#include <QEvent>
#include <QIdentityProxyModel>
#include <QSignalBlocker>
#include <QTimeZone>

namespace Debrief {

using namespace Qt::StringLiterals;

namespace {

enum Column { WhenColumn, BiasColumn, StepColumn, NoteColumn };

// Shows the call-outs as the room reads them: the time in the incident's zone and the step's
// title rather than the stored UTC time and step key. Both are set by the call-out itself,
// so only the bias and the note can be edited.
class CalloutsProxyModel : public QIdentityProxyModel
{
public:
    CalloutsProxyModel(Document *document, QObject *parent)
        : QIdentityProxyModel(parent)
        , m_document(document)
    {
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        const QVariant value = QIdentityProxyModel::data(index, role);
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return value;
        switch (index.column()) {
        case WhenColumn: {
            const QDateTime utc = QIdentityProxyModel::data(index, Qt::EditRole).toDateTime();
            if (!utc.isValid() || !m_document)
                return {};
            QTimeZone zone(m_document->incidentValue(IncidentField::TimeZone).toString().toUtf8());
            if (!zone.isValid())
                zone = QTimeZone(QTimeZone::UTC);
            const QDateTime local = utc.toTimeZone(zone);
            const QLocale locale;
            if (role == Qt::ToolTipRole)
                return locale.toString(local, QLocale::LongFormat);
            return BiasesPage::tr("%1, %2", "date, time")
                .arg(locale.toString(local.date(), u"d MMM"_s),
                    locale.toString(local.time(), QLocale::ShortFormat));
        }
        case StepColumn: {
            if (role == Qt::ToolTipRole)
                return value;
            const QString key = value.toString();
            bool known = false;
            const Step step = stepFromKey(key, &known);
            return known ? stepInfo(step).title : key;
        }
        default:
            return value;
        }
    }

    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        Qt::ItemFlags flags = QIdentityProxyModel::flags(index);
        if (index.column() == WhenColumn || index.column() == StepColumn)
            flags &= ~Qt::ItemIsEditable;
        return flags;
    }

private:
    QPointer<Document> m_document;
};

struct BiasText
{
    QString key;
    QString what;
    QStringList soundsLike;
    QString countermeasure;
};

QList<BiasText> biasTexts()
{
    return {
        {u"hindsight"_s,
            BiasesPage::tr("Once we know how it ended, the path to it looks obvious. The people in "
                           "the incident did not know the ending."),
            {BiasesPage::tr("“It was obvious that the certificate was the problem.”"),
                BiasesPage::tr("“Anyone could have seen that coming.”")},
            BiasesPage::tr("Ask what people knew at that moment and why their next step made sense "
                           "then. Keep what became clear only later apart, in the timeline's "
                           "“known only in hindsight”.")},
        {u"outcome"_s,
            BiasesPage::tr("Judging a decision by how things turned out instead of by what was "
                           "known when it was made."),
            {BiasesPage::tr("“That was a bad call: look what it led to.”"),
                BiasesPage::tr("“The restart worked, so it was the right thing to do.”")},
            BiasesPage::tr("Judge each decision by the information, time and options there were. "
                           "Ask: had it ended differently, would we describe the same decision the "
                           "same way?")},
        {u"recency"_s,
            BiasesPage::tr("Giving the latest events, or the last incident, more weight than they "
                           "deserve."),
            {BiasesPage::tr("“This is just like last week's outage.”"),
                BiasesPage::tr("“The last change before it broke must be the cause.”")},
            BiasesPage::tr(
                "Walk the whole timeline from the first signal, including decisions made "
                "months or years ago. Look at earlier incidents and data before calling "
                "it a pattern.")},
        {u"fundamental-attribution"_s,
            BiasesPage::tr("Explaining what someone did by who they are (careless, inexperienced) "
                           "instead of by the situation they were in."),
            {BiasesPage::tr("“He was careless.”"),
                BiasesPage::tr("“She doesn't know that system well enough.”")},
            BiasesPage::tr("Ask what in the situation made the action reasonable: the tools, the "
                           "information, the pressure, the time of night. Describe conditions, "
                           "not people.")},
    };
}

QString cardHtml(const BiasText &bias)
{
    QString html = u"<p>"_s + bias.what.toHtmlEscaped() + u"</p>"_s;
    html += u"<p><b>"_s + BiasesPage::tr("What it sounds like").toHtmlEscaped() + u"</b><br>"_s;
    QStringList phrases;
    for (const QString &phrase : bias.soundsLike)
        phrases.append(u"<i>"_s + phrase.toHtmlEscaped() + u"</i>"_s);
    html += phrases.join(u"<br>"_s) + u"</p>"_s;
    html += u"<p><b>"_s + BiasesPage::tr("Countermeasure").toHtmlEscaped() + u"</b><br>"_s
        + bias.countermeasure.toHtmlEscaped() + u"</p>"_s;
    return html;
}

QKeySequence callOutShortcut()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B);
}

} // namespace

BiasesPage::BiasesPage(QWidget *parent)
    : StepPage(parent)
    , m_ui(std::make_unique<Ui::BiasesPage>())
{
    m_ui->setupUi(this);

    // For the room: everyone reads the permission and gives it together.
    m_ui->permissionLabel->setText(
        tr("During this post-mortem all of us are under the influence of cognitive biases, "
           "mostly without noticing. The most common are hindsight, outcome and recency bias "
           "and the fundamental attribution error. So we ask for, and give, permission to call "
           "them out: anyone may say “that sounds like hindsight bias” at any time, about "
           "anyone's words, the facilitator's included."));
    PageStyle::makeCard(m_ui->permissionFrame);
    m_ui->permissionStatusLabel->setForegroundRole(QPalette::PlaceholderText);
    connect(m_ui->permissionCheckBox, &QCheckBox::clicked, this, &BiasesPage::setPermission);

    createCards();

    m_ui->calloutsHintLabel->setText(
        tr("Call out a bias from any step with %1: it is logged here with the time and the "
           "step, and the meeting carries on where it was.")
            .arg(callOutShortcut().toString(QKeySequence::NativeText)));
    m_ui->calloutsHintLabel->setForegroundRole(QPalette::PlaceholderText);

    QTableView *table = m_ui->calloutsTableView;
    table->setItemDelegate(new VocabularyDelegate(table));
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed);
    auto *removeAction = new QAction(tr("Remove call-out"), table);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    table->addAction(removeAction);
    connect(removeAction, &QAction::triggered, this, &BiasesPage::removeSelectedCallouts);
    auto *addAction = new QAction(tr("Call out a bias"), table);
    addAction->setShortcuts(
        {QKeySequence(Qt::Key_Insert), QKeySequence(Qt::CTRL | Qt::Key_Return)});
    addAction->setShortcutContext(Qt::WidgetShortcut);
    table->addAction(addAction);
    connect(addAction, &QAction::triggered, this, &BiasesPage::callOut);
    connect(m_ui->callOutPushButton, &QPushButton::clicked, this, &BiasesPage::callOut);
    connect(m_ui->removeCalloutPushButton, &QPushButton::clicked, this,
        &BiasesPage::removeSelectedCallouts);

    m_notesPanel = new StepNotesPanel(Step::Biases, m_ui->scrollAreaWidgetContents);
    m_notesPanel->setObjectName(u"stepNotesPanel"_s);
    m_notesPanel->setOrientation(Qt::Horizontal);
    m_ui->contentsLayout->insertWidget(m_ui->contentsLayout->count() - 1, m_notesPanel);

    updateFonts();
    setDocument(nullptr);
}

BiasesPage::~BiasesPage()
{
    const QSignalBlocker blocker(this);
    setDocument(nullptr);
}

void BiasesPage::createCards()
{
    const QList<BiasText> texts = biasTexts();
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const BiasText &bias = texts.at(i);
        auto *frame = new QFrame(m_ui->scrollAreaWidgetContents);
        QString name = bias.key;
        name.remove(u'-');
        frame->setObjectName(name + u"CardFrame"_s);
        auto *layout = new QVBoxLayout(frame);
        layout->setSpacing(8);
        auto *title = new QLabel(choiceLabel(Vocabulary::Bias, bias.key), frame);
        title->setObjectName(name + u"TitleLabel"_s);
        title->setTextFormat(Qt::PlainText);
        auto *body = new QLabel(cardHtml(bias), frame);
        body->setObjectName(name + u"BodyLabel"_s);
        body->setTextFormat(Qt::RichText);
        body->setWordWrap(true);
        body->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        layout->addWidget(title);
        layout->addWidget(body, 1);
        PageStyle::makeCard(frame);
        m_ui->biasCardsLayout->addWidget(frame, int(i / 2), int(i % 2));
        m_cards.append(Card {title, body});
    }
    m_ui->biasCardsLayout->setColumnStretch(0, 1);
    m_ui->biasCardsLayout->setColumnStretch(1, 1);
}

void BiasesPage::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;

    QTableView *table = m_ui->calloutsTableView;
    QAbstractItemModel *oldProxy = m_calloutsProxy;
    RecordTableModel *oldModel = m_calloutsModel;
    QItemSelectionModel *oldSelection = table->selectionModel();
    m_calloutsProxy = nullptr;
    m_calloutsModel = nullptr;
    if (document) {
        m_calloutsModel = new RecordTableModel(document, Table::BiasCallout,
            {{BiasCalloutField::CalledAt, tr("When")},
                {BiasCalloutField::Bias, tr("Bias"), Vocabulary::Bias},
                {BiasCalloutField::Step, tr("Step")}, {BiasCalloutField::Note, tr("Note")}},
            this);
        auto *proxy = new CalloutsProxyModel(document, this);
        proxy->setSourceModel(m_calloutsModel);
        m_calloutsProxy = proxy;
    }
    table->setModel(m_calloutsProxy);
    delete oldSelection;
    delete oldProxy;
    delete oldModel;
    if (m_calloutsProxy) {
        connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BiasesPage::updateCalloutState);
        connect(document, &Document::valueChanged, this, &BiasesPage::onValueChanged);
        const auto recordsChanged = [this](Table changed) {
            if (changed == Table::BiasCallout) {
                updateCalloutState();
                m_ui->calloutsTableView->resizeRowsToContents();
            }
        };
        connect(document, &Document::recordInserted, this,
            [recordsChanged](Table changed, int) { recordsChanged(changed); });
        connect(document, &Document::recordRemoved, this,
            [recordsChanged](Table changed, int) { recordsChanged(changed); });
        sizeColumns();
    }
    m_notesPanel->setDocument(document);
    updatePermission();
    updateCalloutState();
    Q_EMIT progressChanged();
}

void BiasesPage::onValueChanged(Table table, qint64, int field)
{
    if (table == Table::Incident && field == IncidentField::BiasPermissionAt) {
        updatePermission();
        Q_EMIT progressChanged();
    } else if (table == Table::Incident && field == IncidentField::TimeZone) {
        updatePermission();
        m_ui->calloutsTableView->viewport()->update();
    } else if (table == Table::BiasCallout) {
        m_ui->calloutsTableView->resizeRowsToContents();
    }
}

void BiasesPage::setPermission(bool given)
{
    Document *document = m_document;
    if (!document)
        return;
    QVariant value;
    if (given) {
        QDateTime now = QDateTime::currentDateTimeUtc();
        now.setTime(QTime(now.time().hour(), now.time().minute(), now.time().second()));
        value = now;
    }
    document->setIncidentValue(IncidentField::BiasPermissionAt, value);
    updatePermission(); // also when the document refused
}

void BiasesPage::updatePermission()
{
    Document *document = m_document;
    const QDateTime givenAt = document
        ? document->incidentValue(IncidentField::BiasPermissionAt).toDateTime()
        : QDateTime();
    QCheckBox *box = m_ui->permissionCheckBox;
    box->setChecked(givenAt.isValid());
    box->setEnabled(document && !document->isReadOnly());
    if (!document) {
        m_ui->permissionStatusLabel->clear();
        return;
    }
    if (!givenAt.isValid()) {
        m_ui->permissionStatusLabel->setText(tr("Not agreed yet."));
        return;
    }
    QTimeZone zone(document->incidentValue(IncidentField::TimeZone).toString().toUtf8());
    if (!zone.isValid())
        zone = QTimeZone(QTimeZone::UTC);
    const QDateTime local = givenAt.toTimeZone(zone);
    const QLocale locale;
    m_ui->permissionStatusLabel->setText(
        tr("Agreed at %1 on %2 (%3).")
            .arg(locale.toString(local.time(), QLocale::ShortFormat),
                locale.toString(local.date(), QLocale::ShortFormat),
                zone.displayName(local, QTimeZone::ShortName)));
}

void BiasesPage::updateCalloutState()
{
    Document *document = m_document;
    const bool editable = document && !document->isReadOnly();
    m_ui->callOutPushButton->setEnabled(editable);
    const QItemSelectionModel *selection = m_ui->calloutsTableView->selectionModel();
    m_ui->removeCalloutPushButton->setEnabled(editable && selection && selection->hasSelection());
    const int count = document ? document->count(Table::BiasCallout) : 0;
    m_ui->calloutsHeadingLabel->setText(count == 0 ? tr("Bias call-outs &so far: none yet")
                                                   : tr("Bias call-outs &so far (%1)").arg(count));
}

void BiasesPage::sizeColumns()
{
    QHeaderView *header = m_ui->calloutsTableView->horizontalHeader();
    if (header->count() < 4)
        return;
    // When, bias and step as wide as their longest values; the note takes the rest.
    const QFontMetrics metrics = m_ui->calloutsTableView->fontMetrics();
    const int padding = 2 * metrics.height();
    int biasWidth = metrics.horizontalAdvance(tr("Bias"));
    for (const Choice &bias : choices(Vocabulary::Bias))
        biasWidth = std::max(biasWidth, metrics.horizontalAdvance(bias.label));
    int stepWidth = metrics.horizontalAdvance(tr("Step"));
    for (Step step : allSteps())
        stepWidth = std::max(stepWidth, metrics.horizontalAdvance(stepInfo(step).title));
    const QString sampleTime = tr("%1, %2", "date, time")
                                   .arg(QLocale().toString(QDate(2026, 12, 30), u"d MMM"_s),
                                       QLocale().toString(QTime(23, 59), QLocale::ShortFormat));
    const int whenWidth = metrics.horizontalAdvance(sampleTime);
    const int widths[] = {whenWidth, biasWidth, stepWidth};
    for (int column : {WhenColumn, BiasColumn, StepColumn}) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, widths[column] + padding);
    }
    header->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);
    // Rows with air between them, readable from the back of the room.
    QHeaderView *rows = m_ui->calloutsTableView->verticalHeader();
    rows->setMinimumSectionSize(metrics.height() * 2);
    rows->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Room for a handful of call-outs before the table scrolls.
    m_ui->calloutsTableView->setMinimumHeight(
        header->sizeHint().height() + 6 * (metrics.height() * 3 / 2));
}

void BiasesPage::callOut()
{
    Document *document = m_document;
    if (!document || document->isReadOnly())
        return;
    auto *dialog = new CallOutBiasDialog(document, Step::Biases, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFont(font());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (m_calloutsModel && dialog->recordedId()) {
            const int row = m_calloutsModel->rowOf(dialog->recordedId());
            m_ui->calloutsTableView->setCurrentIndex(m_calloutsProxy->index(row, NoteColumn));
        }
    });
    // Window-modal, no nested event loop.
    dialog->open();
}

void BiasesPage::removeSelectedCallouts()
{
    Document *document = m_document;
    if (!document || !m_calloutsModel || document->isReadOnly())
        return;
    QTableView *table = m_ui->calloutsTableView;
    QList<qint64> ids;
    int firstRow = m_calloutsModel->rowCount();
    for (const QModelIndex &index : table->selectionModel()->selectedRows()) {
        ids.append(m_calloutsModel->recordId(index.row()));
        firstRow = std::min(firstRow, index.row());
    }
    if (ids.isEmpty())
        return;
    QUndoStack *stack = document->undoStack();
    if (ids.size() > 1)
        stack->beginMacro(tr("Remove %n bias call-out(s)", "", int(ids.size())));
    for (qint64 id : std::as_const(ids))
        document->removeRecord(Table::BiasCallout, id);
    if (ids.size() > 1)
        stack->endMacro();
    // Keep a row selected so that Delete can be pressed again.
    if (const int rows = m_calloutsModel->rowCount(); rows > 0)
        table->setCurrentIndex(m_calloutsProxy->index(std::min(firstRow, rows - 1), 0));
}

void BiasesPage::changeEvent(QEvent *event)
{
    StepPage::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateFonts();
}

void BiasesPage::updateFonts()
{
    const QFont base = font();
    m_ui->permissionLabel->setFont(PageStyle::scaledFont(base, 1.15));
    m_ui->permissionCheckBox->setFont(PageStyle::scaledFont(base, 1.1, true));
    for (const Card &card : std::as_const(m_cards)) {
        card.title->setFont(PageStyle::scaledFont(base, 1.25, true));
        card.body->setFont(PageStyle::scaledFont(base, 1.05));
    }
    m_ui->calloutsHeadingLabel->setFont(PageStyle::scaledFont(base, 1.2, true));
    sizeColumns();
}

} // namespace Debrief
