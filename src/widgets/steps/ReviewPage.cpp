#include "ReviewPage.h"

#include "ui_ReviewPage.h"

#include "StepNotesPanel.h"
#include "CheckIcons.h"
#include "DetailItemDelegate.h"
#include "analysis/BasicsChecklist.h"
#include "analysis/SmartCheck.h"
#include "document/Document.h"
#include "domain/Vocabulary.h"
#include "language/BlamelessLanguageChecker.h"
#include "language/DocumentLint.h"
#include "mainwindow/DocumentView.h"
#include "questions/BuiltinQuestions.h"
#include "timeline/MetricsPanel.h"
#include "timeline/TimelineFormat.h"

#include <QEvent>

namespace Debrief {

using namespace Qt::StringLiterals;

namespace {

enum ItemRoles { StepRole = Qt::UserRole + 1, TableRole, RecordIdRole, FieldRole };

// Refreshing lints every field: wait for a pause in typing.
constexpr int RefreshDelayMs = 250;
constexpr int ExcerptContext = 40;

QString shortened(const QString &text, int length = 80)
{
    const QString simple = text.simplified();
    return simple.size() <= length ? simple : simple.left(length - 1) + u'…';
}

// The finding with some words around it, on one line.
QString excerpt(const QString &text, qsizetype start, qsizetype length)
{
    const qsizetype from = std::max<qsizetype>(0, start - ExcerptContext);
    const qsizetype to = std::min(text.size(), start + length + ExcerptContext);
    QString result = text.mid(from, to - from).simplified();
    if (from > 0)
        result.prepend(u'…');
    if (to < text.size())
        result.append(u'…');
    return result;
}

void setTarget(QListWidgetItem *item, Step step, Table table = Table::Incident, qint64 id = 0,
               int field = -1)
{
    item->setData(StepRole, int(step));
    item->setData(TableRole, int(table));
    item->setData(RecordIdRole, id);
    item->setData(FieldRole, field);
}

QListWidgetItem *addHeading(QListWidget *list, const QString &text)
{
    auto *heading = new QListWidgetItem(text, list);
    heading->setData(DetailItemDelegate::HeadingRole, true);
    heading->setFlags(Qt::NoItemFlags);
    return heading;
}

void prepareList(QListWidget *list)
{
    list->setItemDelegate(new DetailItemDelegate(list));
    list->setUniformItemSizes(false);
    list->setResizeMode(QListView::Adjust);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
}

} // namespace

ReviewPage::ReviewPage(QWidget *parent)
    : StepPage(parent)
    , m_ui(std::make_unique<Ui::ReviewPage>())
{
    m_ui->setupUi(this);
    m_stepNotesPanel = new StepNotesPanel(Step::Review, m_ui->stepNotesContainer);
    m_ui->stepNotesLayout->addWidget(m_stepNotesPanel);
    setStyleSheet(u"QGroupBox { font-weight: bold; }"_s);

    m_metricsPanel = new MetricsPanel(m_ui->metricsContainer);
    m_ui->metricsContainer->layout()->addWidget(m_metricsPanel);

    for (QListWidget *list : {m_ui->basicsListWidget, m_ui->openItemsListWidget,
                              m_ui->languageFindingsListWidget}) {
        prepareList(list);
        // Enter, and a click: arrow keys only move through the list.
        connect(list, &QListWidget::itemActivated, this, &ReviewPage::activate);
        connect(list, &QListWidget::itemClicked, this, &ReviewPage::activate);
    }
    for (QLabel *label : {m_ui->basicsSummaryLabel, m_ui->openItemsSummaryLabel,
                          m_ui->languageSummaryLabel}) {
        label->setTextFormat(Qt::PlainText);
    }

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(RefreshDelayMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ReviewPage::refresh);

    setDocument(nullptr);
}

ReviewPage::~ReviewPage()
{
    const QSignalBlocker blocker(this);
    setDocument(nullptr);
}

void ReviewPage::setDocument(Document *document)
{
    m_stepNotesPanel->setDocument(document);
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_checker.reset();
    if (document) {
        connect(document, &Document::valueChanged, this, &ReviewPage::scheduleRefresh);
        connect(document, &Document::recordInserted, this, &ReviewPage::scheduleRefresh);
        connect(document, &Document::recordRemoved, this, &ReviewPage::scheduleRefresh);
        connect(document, &Document::recordMoved, this, &ReviewPage::scheduleRefresh);
    }
    m_metricsPanel->setDocument(document);
    refresh();
}

void ReviewPage::scheduleRefresh()
{
    m_dirty = true;
    // Hidden pages catch up when shown; the sidebar reads stepProgress() by itself.
    if (isVisible())
        m_refreshTimer.start();
    Q_EMIT progressChanged();
}

void ReviewPage::showEvent(QShowEvent *event)
{
    StepPage::showEvent(event);
    if (m_dirty)
        refresh();
}

void ReviewPage::refresh()
{
    m_refreshTimer.stop();
    m_dirty = false;
    rebuildChecker();
    refreshBasics();
    refreshOpenItems();
    refreshLanguage();
    m_metricsPanel->refresh();
    Q_EMIT progressChanged();
}

void ReviewPage::rebuildChecker()
{
    Document *document = m_document;
    if (!document) {
        m_checker.reset();
        return;
    }
    const QStringList names = DocumentLint::participantNames(*document);
    if (!m_checker)
        m_checker = std::make_unique<BlamelessLanguageChecker>(
            BlamelessLanguageChecker::defaultLanguages(), names);
    else if (m_checker->participantNames() != names)
        m_checker->setParticipantNames(names);
}

void ReviewPage::refreshBasics()
{
    Document *document = m_document;
    QListWidget *list = m_ui->basicsListWidget;
    const int row = list->currentRow();
    list->clear();
    if (!document) {
        m_ui->basicsSummaryLabel->clear();
        return;
    }
    const QList<BasicsCheck> checks = BasicsChecklist::evaluate(*document);
    int passed = 0;
    for (const BasicsCheck &check : checks) {
        auto *item = new QListWidgetItem(check.passed ? CheckIcons::pass() : CheckIcons::fail(),
                                         check.title, list);
        item->setData(DetailItemDelegate::DetailRole, check.explanation);
        item->setData(Qt::AccessibleDescriptionRole,
                      check.passed ? tr("done: %1").arg(check.explanation)
                                   : tr("missing: %1").arg(check.explanation));
        switch (check.item) {
        case BasicsItem::Timeline:
        case BasicsItem::Conversations:
        case BasicsItem::TimeCalculations:
            setTarget(item, Step::Timeline);
            break;
        case BasicsItem::Notes:
            setTarget(item, Step::Questions);
            break;
        case BasicsItem::Severity:
            setTarget(item, Step::Prepare, Table::Incident, 1, IncidentField::Severity);
            break;
        case BasicsItem::Archived:
            setTarget(item, Step::Review); // archiving is done from this step
            break;
        case BasicsItem::Remediation:
            setTarget(item, Step::Remediation);
            break;
        }
        if (check.passed)
            ++passed;
    }
    if (row >= 0 && row < list->count())
        list->setCurrentRow(row);
    m_ui->basicsSummaryLabel->setText(
        passed == checks.size()
            ? tr("Every item of the basics is done.")
            : tr("%1 of %n done.", "", int(checks.size())).arg(passed));
}

void ReviewPage::refreshOpenItems()
{
    Document *document = m_document;
    QListWidget *list = m_ui->openItemsListWidget;
    const int row = list->currentRow();
    list->clear();
    if (!document) {
        m_ui->openItemsSummaryLabel->clear();
        return;
    }
    QList<const Record *> openQuestions;
    for (const Record &question : document->records(Table::Question)) {
        const QString status = question.text(QuestionField::Status);
        if (status.isEmpty() || status == "open"_L1)
            openQuestions.append(&question);
    }
    QList<std::pair<const Record *, SmartResult>> notSmart;
    const QDate today = QDate::currentDate();
    for (const Record &item : document->records(Table::RemediationItem)) {
        if (!SmartCheck::isOpen(item))
            continue;
        const SmartResult result = SmartCheck::check(item, today);
        if (!result.passes())
            notSmart.append({&item, result});
    }
    QList<const Record *> parked;
    for (const Record &entry : document->records(Table::ParkingLotItem)) {
        if (entry.value(ParkingLotField::PromotedTo).isNull())
            parked.append(&entry);
    }

    if (!openQuestions.isEmpty()) {
        addHeading(list, tr("Open questions (%1)").arg(openQuestions.size()));
        for (const Record *question : std::as_const(openQuestions)) {
            auto *item = new QListWidgetItem(CheckIcons::open(),
                                             BuiltinQuestions::displayText(*question), list);
            item->setData(DetailItemDelegate::DetailRole,
                          choiceLabel(Vocabulary::Checklist, question->text(QuestionField::Checklist)));
            setTarget(item, Step::Questions, Table::Question, question->id, QuestionField::Status);
        }
    }
    if (!notSmart.isEmpty()) {
        addHeading(list, tr("Remediation items not yet SMART (%1)").arg(notSmart.size()));
        for (const auto &[record, result] : std::as_const(notSmart)) {
            QString title = record->text(RemediationField::Title).simplified();
            if (title.isEmpty())
                title = tr("(untitled item)");
            auto *item = new QListWidgetItem(CheckIcons::warning(), title, list);
            item->setData(DetailItemDelegate::DetailRole, result.messages.join(u'\n'));
            // The first missing part is where the room continues.
            int field = RemediationField::Title;
            switch (result.missing.constFirst()) {
            case SmartCriterion::Specific:
                field = RemediationField::SpecificChange;
                break;
            case SmartCriterion::Measurable:
                field = RemediationField::SuccessMeasure;
                break;
            case SmartCriterion::Agreeable:
                field = RemediationField::Owner;
                break;
            case SmartCriterion::Realistic:
                field = RemediationField::Effort;
                break;
            case SmartCriterion::Timebound:
                field = RemediationField::DueDate;
                break;
            }
            setTarget(item, Step::Remediation, Table::RemediationItem, record->id, field);
        }
    }
    if (!parked.isEmpty()) {
        addHeading(list, tr("Parked follow-ups not yet promoted (%1)").arg(parked.size()));
        for (const Record *entry : std::as_const(parked)) {
            auto *item = new QListWidgetItem(CheckIcons::open(),
                                             entry->text(ParkingLotField::Text).simplified(), list);
            if (const Record *question = document->record(
                    Table::Question, entry->value(ParkingLotField::Question).toLongLong()))
                item->setData(DetailItemDelegate::DetailRole,
                              tr("From the question: %1").arg(BuiltinQuestions::displayText(*question)));
            setTarget(item, Step::Remediation, Table::ParkingLotItem, entry->id,
                      ParkingLotField::Text);
        }
    }
    if (row >= 0 && row < list->count())
        list->setCurrentRow(row);
    const qsizetype total = openQuestions.size() + notSmart.size() + parked.size();
    m_ui->openItemsSummaryLabel->setText(
        total == 0 ? tr("Nothing is left open: every question was discussed or skipped, every "
                        "open remediation item is SMART and every parked follow-up was promoted.")
                   : tr("%n item(s) still open.", "", int(total)));
}

void ReviewPage::refreshLanguage()
{
    Document *document = m_document;
    QListWidget *list = m_ui->languageFindingsListWidget;
    const int row = list->currentRow();
    list->clear();
    if (!document || !m_checker) {
        m_ui->languageSummaryLabel->clear();
        return;
    }
    const QList<DocumentLanguageFinding> findings = DocumentLint::lint(*document, *m_checker);
    for (const DocumentLanguageFinding &found : findings) {
        const LanguageFinding &finding = found.finding;
        Step step = stepOf(found.table, found.field);
        if (found.table == Table::StepNote) {
            // A step's notes live on that step.
            bool known = false;
            const Step noteStep = stepFromKey(
                document->value(Table::StepNote, found.recordId, StepNoteField::Step).toString(),
                &known);
            if (known)
                step = noteStep;
        }
        QString where = tr("%1 › %2", "step › field").arg(stepInfo(step).title,
                                                          fieldLabel(found.table, found.field));
        const QString record = recordLabel(found.table, found.recordId);
        if (!record.isEmpty())
            where = tr("%1 (%2)", "where (which record)").arg(where, record);
        auto *item = new QListWidgetItem(
            CheckIcons::warning(),
            tr("“%1” in %2", "finding in where").arg(finding.matchedText.simplified(), where), list);
        const QString text = document->value(found.table, found.recordId, found.field).toString();
        QStringList details{excerpt(text, finding.start, finding.length), finding.reason};
        if (!finding.suggestion.isEmpty())
            details.append(tr("Suggestion: %1").arg(finding.suggestion));
        item->setData(DetailItemDelegate::DetailRole, details.join(u'\n'));
        item->setToolTip(languageCategoryLabel(finding.category));
        setTarget(item, step, found.table, found.recordId, found.field);
    }
    if (row >= 0 && row < list->count())
        list->setCurrentRow(row);
    m_ui->languageSummaryLabel->setText(
        findings.isEmpty()
            ? tr("No blame, counterfactual or root-cause phrasing found.")
            : tr("%n passage(s) to reword. Blame and “should have” make people guard their "
                 "account; describe what happened and why it made sense at the time.",
                 "", int(findings.size())));
}

QString ReviewPage::recordLabel(Table table, qint64 id) const
{
    Document *document = m_document;
    const Record *record = document ? document->record(table, id) : nullptr;
    if (!record)
        return {};
    switch (table) {
    case Table::TimelineEvent: {
        const QTimeZone zone = TimelineFormat::incidentZone(*document);
        return TimelineFormat::eventTimeText(*record, zone, TimelineFormat::referenceDay(*document, zone));
    }
    case Table::Question:
        return shortened(BuiltinQuestions::displayText(*record), 50);
    case Table::ContributingFactor:
        return shortened(record->text(ContributingFactorField::Title), 50);
    case Table::RemediationItem:
        return shortened(record->text(RemediationField::Title), 50);
    case Table::DeclinedItem:
        return shortened(record->text(DeclinedItemField::Title), 50);
    case Table::SeverityLevel:
        return record->text(SeverityField::Key);
    default:
        return {};
    }
}

void ReviewPage::activate(QListWidgetItem *item)
{
    if (!item || item->data(DetailItemDelegate::HeadingRole).toBool()
        || !item->data(StepRole).isValid())
        return;
    navigate(Step(item->data(StepRole).toInt()), Table(item->data(TableRole).toInt()),
             item->data(RecordIdRole).toLongLong(), item->data(FieldRole).toInt());
}

void ReviewPage::navigate(Step step, Table table, qint64 id, int field)
{
    Q_EMIT recordRequested(step, int(table), id, field);
    if (step == Step::Review)
        return;
    DocumentView *view = nullptr;
    for (QWidget *widget = parentWidget(); widget && !view; widget = widget->parentWidget())
        view = qobject_cast<DocumentView *>(widget);
    if (!view)
        return;
    view->setCurrentStep(step);
    if (id == 0)
        return;
    const QList<StepPage *> pages = view->findChildren<StepPage *>();
    for (StepPage *page : pages) {
        if (page->step() == step) {
            page->showRecord(table, id, field);
            return;
        }
    }
}

Step ReviewPage::stepOf(Table table, int field)
{
    switch (table) {
    case Table::Incident:
        switch (field) {
        case IncidentField::Regret:
        case IncidentField::Reason:
        case IncidentField::Remedy:
        case IncidentField::GroundRulesReadAt:
            return Step::Context;
        case IncidentField::BiasPermissionAt:
            return Step::Biases;
        case IncidentField::ArchivedAt:
            return Step::Review;
        default:
            return Step::Prepare;
        }
    case Table::SeverityLevel:
    case Table::Participant:
    case Table::StepNote: // each note names its own step; Prepare for one that does not
        return Step::Prepare;
    case Table::BiasCallout:
        return Step::Biases;
    case Table::TimelineEvent:
    case Table::EventView:
    case Table::Evidence:
    case Table::EventEvidence:
        return Step::Timeline;
    case Table::Question:
    case Table::ParkingLotItem:
        return Step::Questions;
    case Table::ContributingFactor:
    case Table::FactorEvent:
        return Step::Factors;
    case Table::RemediationItem:
    case Table::DeclinedItem:
        return Step::Remediation;
    }
    return Step::Prepare;
}

QString ReviewPage::fieldLabel(Table table, int field)
{
    switch (table) {
    case Table::Incident:
        switch (field) {
        case IncidentField::Title:
            return tr("Title");
        case IncidentField::Summary:
            return tr("Summary");
        case IncidentField::CustomerImpact:
            return tr("Customer impact");
        case IncidentField::Regret:
            return tr("Regret");
        case IncidentField::Reason:
            return tr("Reason");
        case IncidentField::Remedy:
            return tr("Remedy");
        default:
            break;
        }
        break;
    case Table::SeverityLevel:
        return field == SeverityField::Definition ? tr("Severity definition") : tr("Severity name");
    case Table::StepNote:
        return field == StepNoteField::FacilitatorNotes ? tr("Facilitator notes") : tr("Notes");
    case Table::BiasCallout:
        return tr("Bias call-out note");
    case Table::TimelineEvent:
        switch (field) {
        case TimelineEventField::WhatHappened:
            return tr("What happened");
        case TimelineEventField::KnownThen:
            return tr("What they knew then");
        case TimelineEventField::WhyItMadeSense:
            return tr("Why it made sense");
        case TimelineEventField::HindsightOnly:
            return tr("Known only in hindsight");
        default:
            break;
        }
        break;
    case Table::EventView:
        return tr("Point of view");
    case Table::Evidence:
        return tr("Evidence title");
    case Table::Question:
        return field == QuestionField::Notes ? tr("Notes") : tr("Question");
    case Table::ParkingLotItem:
        return tr("Parking lot");
    case Table::ContributingFactor:
        return field == ContributingFactorField::Description ? tr("Factor description")
                                                             : tr("Factor title");
    case Table::RemediationItem:
        switch (field) {
        case RemediationField::Title:
            return tr("Item title");
        case RemediationField::SpecificChange:
            return tr("Specific change");
        case RemediationField::SuccessMeasure:
            return tr("Measure of success");
        default:
            break;
        }
        break;
    case Table::DeclinedItem:
        return field == DeclinedItemField::Reason ? tr("Reason not to do it")
                                                  : tr("Decided not to do");
    default:
        break;
    }
    return QString(tableSpec(table).fields.value(field).name);
}

} // namespace Debrief
