#include "ContextPage.h"

#include "ui_ContextPage.h"

#include "PageStyle.h"
#include "StepNotesPanel.h"
#include "document/Document.h"
#include "report/ReportBuilder.h"
#include "views/FieldBinding.h"

#include <QEvent>
#include <QSignalBlocker>
#include <QTimeZone>

namespace Debrief {

using namespace Qt::StringLiterals;

namespace {

constexpr int StatementDelayMs = 200;

// "at 09:05 on 16 Oct 2026" in the incident's time zone, which the room knows.
QString momentText(const Document &document, const QDateTime &utc)
{
    QTimeZone zone(document.incidentValue(IncidentField::TimeZone).toString().toUtf8());
    if (!zone.isValid())
        zone = QTimeZone(QTimeZone::UTC);
    const QDateTime local = utc.toTimeZone(zone);
    const QLocale locale;
    return ContextPage::tr("%1 on %2 (%3)", "time on date (time zone)")
        .arg(locale.toString(local.time(), QLocale::ShortFormat),
            locale.toString(local.date(), QLocale::ShortFormat),
            zone.displayName(local, QTimeZone::ShortName));
}

} // namespace

ContextPage::ContextPage(QWidget *parent)
    : StepPage(parent)
    , m_ui(std::make_unique<Ui::ContextPage>())
{
    m_ui->setupUi(this);

    // The ground rules are for everyone in the room: never facilitator-only.
    const QStringList rules {
        tr("Failure is a normal part of how complex systems work. Every system fails sooner "
           "or later."),
        tr("We are here to learn. That is the whole purpose of this meeting."),
        tr("Nobody will be blamed, shamed or punished for telling us what happened."),
        tr("Blame-free does not mean accountability-free. A full, honest account is how we "
           "take responsibility, and only a blame-free room gets one."),
        tr("Our organisation affirms it every time: individuals are never the root cause of an "
           "outage."),
    };
    QString html = u"<ul style=\"margin-left: 0px; -qt-list-indent: 1;\">"_s;
    for (const QString &rule : rules)
        html += u"<li style=\"margin-bottom: 10px;\">"_s + rule.toHtmlEscaped() + u"</li>"_s;
    html += u"</ul>"_s;
    m_ui->groundRulesLabel->setText(html);
    PageStyle::makeCard(m_ui->groundRulesFrame);
    connect(m_ui->readAloudCheckBox, &QCheckBox::clicked, this, &ContextPage::setReadAloud);
    m_ui->readAloudStatusLabel->setForegroundRole(QPalette::PlaceholderText);

    m_ui->threeRsIntroLabel->setText(
        tr("Regret, reason and remedy. Together they make the customer-facing statement, "
           "which is exported on its own."));

    m_ui->regretSummaryLabel->setText(
        tr("Acknowledge the problem and apologise for it, with empathy for the customers who "
           "were affected and for the people who were in the firefight."));
    m_ui->regretGuidanceLabel->setText(
        tr("Start with the apology. Say what customers could not do and for how long, in "
           "their words rather than ours. Thank the responders without naming anyone as the "
           "cause."));
    m_ui->regretPlainTextEdit->setPlaceholderText(
        tr("What customers went through, and that we are sorry…"));

    m_ui->reasonSummaryLabel->setText(
        tr("Everything from the first detection of the incident to its resolution. Nothing is "
           "hidden."));
    m_ui->reasonGuidanceLabel->setText(
        tr("The more detail the better: there is no point in hiding facts. Tell the sequence "
           "in plain language; the timeline step keeps the full record."));
    m_ui->reasonPlainTextEdit->setPlaceholderText(
        tr("How it was detected, what happened, how it was resolved…"));

    m_ui->remedySummaryLabel->setText(
        tr("What we will do about it: SMART remediation items, a commitment to keep "
           "investigating what we do not know yet, and what we will tell our colleagues and "
           "our customers."));
    m_ui->remedyGuidanceLabel->setText(
        tr("It is fine not to know the remedy yet, as long as the investigation continues. "
           "Items must be Specific, Measurable, Agreeable, Realistic and Timebound (the "
           "Remediation step checks them). Say how people inside and outside will hear that "
           "things are improving and what is planned to prevent the next outage."));
    m_ui->remedyPlainTextEdit->setPlaceholderText(
        tr("What will change, by when, and what we will communicate…"));

    for (QLabel *guidance :
        {m_ui->regretGuidanceLabel, m_ui->reasonGuidanceLabel, m_ui->remedyGuidanceLabel})
        PageStyle::makeFacilitatorGuidance(guidance);

    m_ui->statementHintLabel->setText(
        tr("Put together from the 3 R's as you type, exactly as it is exported for customers. "
           "Change it through the fields above."));
    m_ui->statementHintLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->statementPlainTextEdit->setPlaceholderText(
        tr("Nothing yet: write the regret, the reason and the remedy above."));

    m_bindings = {
        new FieldBinding(m_ui->regretPlainTextEdit, Table::Incident, IncidentField::Regret),
        new FieldBinding(m_ui->reasonPlainTextEdit, Table::Incident, IncidentField::Reason),
        new FieldBinding(m_ui->remedyPlainTextEdit, Table::Incident, IncidentField::Remedy),
    };

    m_notesPanel = new StepNotesPanel(Step::Context, m_ui->scrollAreaWidgetContents);
    m_notesPanel->setObjectName(u"stepNotesPanel"_s);
    m_notesPanel->setOrientation(Qt::Horizontal);
    // Above the spacer that keeps everything at the top.
    m_ui->contentsLayout->insertWidget(m_ui->contentsLayout->count() - 1, m_notesPanel);

    m_statementTimer.setSingleShot(true);
    m_statementTimer.setInterval(StatementDelayMs);
    connect(&m_statementTimer, &QTimer::timeout, this, &ContextPage::updateStatement);

    updateFonts();
    setDocument(nullptr);
}

ContextPage::~ContextPage()
{
    // Detach first: editors being torn down must never write into the document.
    const QSignalBlocker blocker(this);
    setDocument(nullptr);
}

void ContextPage::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document)
        connect(document, &Document::valueChanged, this, &ContextPage::onValueChanged);
    for (FieldBinding *binding : std::as_const(m_bindings))
        binding->setTarget(document, 1);
    m_notesPanel->setDocument(document);
    updateReadAloud();
    updateStatement();
    Q_EMIT progressChanged();
}

void ContextPage::onValueChanged(Table table, qint64, int field)
{
    if (table != Table::Incident)
        return;
    switch (field) {
    case IncidentField::GroundRulesReadAt:
        updateReadAloud();
        Q_EMIT progressChanged();
        break;
    case IncidentField::TimeZone:
        updateReadAloud();
        m_statementTimer.start();
        break;
    case IncidentField::Regret:
    case IncidentField::Reason:
    case IncidentField::Remedy:
        m_statementTimer.start();
        Q_EMIT progressChanged();
        break;
    case IncidentField::Title:
    case IncidentField::StartedAt:
        m_statementTimer.start();
        break;
    default:
        break;
    }
}

void ContextPage::setReadAloud(bool read)
{
    Document *document = m_document;
    if (!document)
        return;
    QVariant value;
    if (read) {
        QDateTime now = QDateTime::currentDateTimeUtc();
        now.setTime(QTime(now.time().hour(), now.time().minute(), now.time().second()));
        value = now;
    }
    document->setIncidentValue(IncidentField::GroundRulesReadAt, value);
    updateReadAloud(); // also when the document refused
}

void ContextPage::updateReadAloud()
{
    Document *document = m_document;
    const QDateTime readAt = document
        ? document->incidentValue(IncidentField::GroundRulesReadAt).toDateTime()
        : QDateTime();
    QCheckBox *box = m_ui->readAloudCheckBox;
    box->setChecked(readAt.isValid());
    box->setEnabled(document && !document->isReadOnly());
    if (!document)
        m_ui->readAloudStatusLabel->clear();
    else if (readAt.isValid() && document->isReadOnly())
        m_ui->readAloudStatusLabel->setText(
            tr("Read aloud at %1.").arg(momentText(*document, readAt)));
    else if (readAt.isValid())
        m_ui->readAloudStatusLabel->setText(tr("Read aloud at %1. Untick if that was a mistake.")
                                                .arg(momentText(*document, readAt)));
    else
        m_ui->readAloudStatusLabel->setText(tr("Not read aloud yet."));
}

void ContextPage::updateStatement()
{
    m_statementTimer.stop();
    Document *document = m_document;
    bool anyPart = false;
    if (document) {
        for (int field : {IncidentField::Regret, IncidentField::Reason, IncidentField::Remedy})
            anyPart = anyPart || !document->incident().text(field).trimmed().isEmpty();
    }
    const QString text = anyPart ? ReportBuilder::statementText(*document) : QString();
    QPlainTextEdit *preview = m_ui->statementPlainTextEdit;
    if (preview->toPlainText() != text)
        preview->setPlainText(text);
}

void ContextPage::changeEvent(QEvent *event)
{
    StepPage::changeEvent(event);
    // Presentation mode and zoom change the page's font: headings follow in proportion.
    if (event->type() == QEvent::FontChange)
        updateFonts();
}

void ContextPage::updateFonts()
{
    const QFont base = font();
    m_ui->groundRulesHeadingLabel->setFont(PageStyle::scaledFont(base, 1.3, true));
    m_ui->groundRulesLabel->setFont(PageStyle::scaledFont(base, 1.2));
    m_ui->readAloudCheckBox->setFont(PageStyle::scaledFont(base, 1.1, true));
    m_ui->threeRsHeadingLabel->setFont(PageStyle::scaledFont(base, 1.3, true));
    for (QLabel *title : {m_ui->regretTitleLabel, m_ui->reasonTitleLabel, m_ui->remedyTitleLabel})
        title->setFont(PageStyle::scaledFont(base, 1.2, true));
    m_ui->statementHeadingLabel->setFont(PageStyle::scaledFont(base, 1.2, true));

    // Room for a few paragraphs in each R; the statement shows most of itself.
    const int line = QFontMetrics(base).lineSpacing();
    for (QPlainTextEdit *edit :
        {m_ui->regretPlainTextEdit, m_ui->reasonPlainTextEdit, m_ui->remedyPlainTextEdit})
        edit->setMinimumHeight(10 * line);
    m_ui->statementPlainTextEdit->setMinimumHeight(12 * line);
}

} // namespace Debrief
