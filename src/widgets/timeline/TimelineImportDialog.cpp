#include "TimelineImportDialog.h"

#include "ui_TimelineImportDialog.h"

#include "ImportCandidatesModel.h"
#include "TimelineColors.h"
#include "TimelineFormat.h"
#include "document/Document.h"
#include "importers/ImportCommands.h"
#include "importers/TimelineImport.h"
#include "report/SyntaxRepository.h"
#include "timeline/LocalTime.h"
#include "timeline/ParticipantMatcher.h"

#include <KSyntaxHighlighting/Repository>

#include <QCompleter>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QMap>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>

#include <functional>

namespace Debrief {

using namespace Qt::StringLiterals;

namespace {

// A small log is read whole; a large one is for picking the lines that matter.
constexpr int TickAllUpTo = 200;

} // namespace

TimelineImportDialog::TimelineImportDialog(Document *document, Source source, const QString &path,
                                           QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TimelineImportDialog>())
    , m_document(document)
    , m_source(source)
    , m_path(path)
    , m_fileName(QFileInfo(path).fileName())
    , m_model(new ImportCandidatesModel(this))
    , m_filter(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    setObjectName(u"timelineImportDialog"_s);
    setWindowTitle(source == Source::Log ? tr("Import Log — %1").arg(m_fileName)
                                         : tr("Import Chat — %1").arg(m_fileName));
    QFont heading = font();
    heading.setBold(true);
    heading.setPointSizeF(font().pointSizeF() * 1.15);
    m_ui->fileLabel->setFont(heading);
    for (QLabel *label : {m_ui->formatLabel, m_ui->zoneHintLabel, m_ui->namesLabel})
        label->setForegroundRole(QPalette::PlaceholderText);

    m_filter->setSourceModel(m_model);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(-1);
    QTableView *table = m_ui->candidatesTableView;
    table->setModel(m_filter);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setColumnWidth(ImportCandidatesModel::TimeColumn, fontMetrics().averageCharWidth() * 18);
    table->setColumnWidth(ImportCandidatesModel::WhoColumn, fontMetrics().averageCharWidth() * 24);
    table->setColumnWidth(ImportCandidatesModel::LevelColumn, fontMetrics().averageCharWidth() * 12);
    table->setColumnHidden(ImportCandidatesModel::LevelColumn, source == Source::Chat);
    m_ui->tickImportantPushButton->setVisible(source == Source::Log);
    m_ui->namesLabel->setVisible(source == Source::Chat);
    m_ui->previewSplitter->setStretchFactor(0, 3);
    m_ui->previewSplitter->setStretchFactor(1, 1);
    m_ui->unreadablePlainTextEdit->hide();

    QComboBox *zones = m_ui->zoneComboBox;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        zones->addItem(QString::fromUtf8(id), QString::fromUtf8(id));
    zones->completer()->setCompletionMode(QCompleter::PopupCompletion);
    zones->completer()->setFilterMode(Qt::MatchContains);
    zones->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    const QTimeZone incidentZone =
        document ? TimelineFormat::incidentZone(*document) : QTimeZone(QTimeZone::UTC);
    m_zoneId = QString::fromUtf8(incidentZone.id());
    zones->setCurrentIndex(zones->findData(m_zoneId));
    zones->setEditText(m_zoneId);
    m_ui->zoneHintLabel->setText(
        tr("The incident's zone unless the file was written elsewhere. Times with a zone or "
           "offset (Z, +02:00) are read as written."));
    connect(zones, &QComboBox::activated, this, &TimelineImportDialog::commitZoneText);
    connect(zones->lineEdit(), &QLineEdit::editingFinished, this,
            &TimelineImportDialog::commitZoneText);

    connect(m_ui->filterLineEdit, &QLineEdit::textChanged, m_filter,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->tickShownPushButton, &QPushButton::clicked, this, [this] { tickShown(true); });
    connect(m_ui->untickShownPushButton, &QPushButton::clicked, this,
            [this] { tickShown(false); });
    connect(m_ui->tickImportantPushButton, &QPushButton::clicked, this,
            &TimelineImportDialog::tickImportant);
    connect(m_ui->showUnreadablePushButton, &QPushButton::toggled,
            m_ui->unreadablePlainTextEdit, &QWidget::setVisible);
    connect(m_model, &ImportCandidatesModel::checkedCountChanged, this,
            &TimelineImportDialog::updateSummary);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TimelineImportDialog::updatePreview);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &TimelineImportDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    parse();
    applyDefaultTicks();
    if (m_model->rowCount() > 0)
        table->setCurrentIndex(m_filter->index(0, ImportCandidatesModel::TimeColumn));
    resize(1200, 800);
}

TimelineImportDialog::~TimelineImportDialog() = default;

void TimelineImportDialog::setZoneId(const QString &zoneId)
{
    QComboBox *zones = m_ui->zoneComboBox;
    const int index = zones->findData(zoneId);
    if (index < 0)
        return;
    zones->setCurrentIndex(index);
    commitZoneText();
}

void TimelineImportDialog::commitZoneText()
{
    QComboBox *zones = m_ui->zoneComboBox;
    const QString text = zones->currentText().trimmed();
    int index = zones->findText(text, Qt::MatchFixedString);
    if (index < 0 && !text.isEmpty()) {
        // "Berlin" means Europe/Berlin when only one zone fits.
        int matches = 0;
        for (int i = 0; i < zones->count(); ++i) {
            if (zones->itemText(i).contains(text, Qt::CaseInsensitive)) {
                index = i;
                ++matches;
            }
        }
        if (matches != 1)
            index = -1;
    }
    if (index < 0) {
        zones->setCurrentIndex(zones->findData(m_zoneId));
        zones->setEditText(m_zoneId);
        return;
    }
    zones->setCurrentIndex(index);
    const QString id = zones->itemData(index).toString();
    if (id == m_zoneId)
        return;
    m_zoneId = id;
    // The same entries at other times: the ticks stay.
    const QList<bool> checked = m_model->checkedStates();
    parse();
    m_model->setCheckedStates(checked);
}

void TimelineImportDialog::parse()
{
    Document *document = m_document;
    const QTimeZone zone = LocalTime::zoneFromId(m_zoneId).isValid()
                               ? LocalTime::zoneFromId(m_zoneId)
                               : QTimeZone(QTimeZone::UTC);
    const QDateTime reference =
        document ? document->incidentValue(IncidentField::StartedAt).toDateTime() : QDateTime();
    const QTimeZone incidentZone =
        document ? TimelineFormat::incidentZone(*document) : QTimeZone(QTimeZone::UTC);
    const QDate day = document ? TimelineFormat::referenceDay(*document, incidentZone) : QDate();

    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    if (m_source == Source::Log) {
        LogImportOptions options;
        options.zone = zone;
        options.reference = reference;
        m_log = LogImporter::parseFile(m_path, options);
        m_error = m_log.error;
        if (m_error.isEmpty() && m_log.candidates.isEmpty())
            m_error = tr("No line of “%1” has a time stamp that Debrief can read.").arg(m_fileName);
        m_model->setLog(&m_log, incidentZone, day);
    } else {
        ChatImportOptions options;
        options.zone = zone;
        options.reference = reference;
        QHash<qint64, QString> names;
        if (document) {
            options.participants = ParticipantMatcher::fromDocument(*document).participants();
            for (const ParticipantName &participant : std::as_const(options.participants))
                names.insert(participant.id, participant.name);
        }
        m_chat = ChatImporter::parseFile(m_path, options);
        m_error = m_chat.error;
        if (m_error.isEmpty() && m_chat.messages.isEmpty())
            m_error = tr("“%1” holds no chat message that Debrief can read.").arg(m_fileName);
        m_model->setChat(&m_chat, names, incidentZone, day);
    }
    QGuiApplication::restoreOverrideCursor();
    m_ui->candidatesTableView->resizeColumnToContents(ImportCandidatesModel::TimeColumn);
    updateFormat();
    updateNames();
    updateUnreadable();
    updateSummary();
    updatePreview();
}

void TimelineImportDialog::applyDefaultTicks()
{
    const int rows = m_model->rowCount();
    QList<int> tick;
    if (m_source == Source::Chat || rows <= TickAllUpTo) {
        // Conversations are read whole; so is a short log.
        tick.reserve(rows);
        for (int row = 0; row < rows; ++row)
            tick.append(row);
    } else {
        for (int row = 0; row < rows; ++row) {
            if (m_model->level(row) >= LogLevel::Warning)
                tick.append(row);
        }
    }
    m_model->setChecked(tick, true);
}

void TimelineImportDialog::updateFormat()
{
    const QLocale locale;
    if (!m_error.isEmpty()) {
        m_ui->fileLabel->setText(m_fileName);
        m_ui->formatLabel->setText(m_error);
        return;
    }
    if (m_source == Source::Log) {
        QMap<int, int> counts;
        for (const LogCandidate &candidate : std::as_const(m_log.candidates))
            ++counts[int(candidate.format)];
        QList<std::pair<int, int>> sorted;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            sorted.append({it.value(), it.key()});
        std::sort(sorted.begin(), sorted.end(), std::greater<>());
        QStringList formats;
        for (const auto &[count, format] : std::as_const(sorted))
            formats.append(tr("%1 (%n entry/entries)", "", count)
                               .arg(LogImporter::formatName(LogFormat(format))));
        m_ui->fileLabel->setText(tr("%1: %n entry/entries in %2 lines", "",
                                    int(m_log.candidates.size()))
                                     .arg(m_fileName, locale.toString(m_log.lineCount)));
        m_ui->formatLabel->setText(tr("Detected format: %1").arg(formats.join(u", "_s)));
    } else {
        const ChatFormat format = m_chat.messages.constFirst().format;
        m_ui->fileLabel->setText(tr("%1: %n message(s)", "", int(m_chat.messages.size()))
                                     .arg(m_fileName));
        QString text = tr("Detected format: %1").arg(ChatImporter::formatName(format));
        if (m_chat.skippedCount > 0)
            text += tr("; %n channel notice(s) (joins, topic changes) left out", "",
                       int(m_chat.skippedCount));
        m_ui->formatLabel->setText(text);
    }
}

void TimelineImportDialog::updateNames()
{
    if (m_source != Source::Chat)
        return;
    QHash<qint64, QString> participantNames;
    if (Document *document = m_document) {
        for (const Record &participant : document->records(Table::Participant))
            participantNames.insert(participant.id, participant.text(ParticipantField::Name));
    }
    QStringList matched;
    QStringList others;
    QSet<QString> seen;
    for (const ChatMessage &message : std::as_const(m_chat.messages)) {
        if (seen.contains(message.author))
            continue;
        seen.insert(message.author);
        if (message.participantId > 0)
            matched.append(tr("%1 → %2", "chat name → participant")
                               .arg(message.author, participantNames.value(message.participantId)));
        else
            others.append(message.author);
    }
    QStringList parts;
    if (!matched.isEmpty())
        parts.append(tr("Names matched to participants: %1").arg(matched.join(u", "_s)));
    if (!others.isEmpty())
        parts.append(tr("Kept as written (not participants): %1").arg(others.join(u", "_s)));
    m_ui->namesLabel->setText(parts.join(u"\n"_s));
    m_ui->namesLabel->setVisible(!parts.isEmpty());
}

void TimelineImportDialog::updateUnreadable()
{
    const qint64 count = m_source == Source::Log ? m_log.unreadableCount : m_chat.unreadableCount;
    const QList<UnreadableLine> &lines =
        m_source == Source::Log ? m_log.unreadable : m_chat.unreadable;
    QPalette colors = m_ui->unreadableLabel->palette();
    colors.setColor(QPalette::WindowText, count > 0 ? TimelineColors::warningColor(palette())
                                                    : palette().color(QPalette::PlaceholderText));
    m_ui->unreadableLabel->setPalette(colors);
    if (count == 0) {
        m_ui->unreadableLabel->setText(tr("Every line was read."));
        m_ui->showUnreadablePushButton->hide();
        m_ui->showUnreadablePushButton->setChecked(false);
        return;
    }
    m_ui->unreadableLabel->setText(
        tr("%n line(s) could not be read and will not be imported.", "", int(count)));
    m_ui->showUnreadablePushButton->show();
    QStringList text;
    for (const UnreadableLine &line : lines)
        text.append(tr("Line %1 (%2): %3")
                        .arg(line.line)
                        .arg(LogImporter::reasonText(line.reason), line.text));
    if (count > lines.size())
        text.append(tr("… and %n more", "", int(count - lines.size())));
    m_ui->unreadablePlainTextEdit->setPlainText(text.join(u'\n'));
}

void TimelineImportDialog::updateSummary()
{
    const int checked = m_model->checkedCount();
    const int total = m_model->rowCount();
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Add %n event(s)", "", checked));
    const bool tooMany = checked > ImportCommands::MaxEventsPerImport;
    ok->setEnabled(checked > 0 && !tooMany && m_error.isEmpty() && m_document
                   && !m_document->isReadOnly());
    QString text = tr("%1 of %2 ticked.").arg(QLocale().toString(checked), QLocale().toString(total));
    if (tooMany)
        text += u' '
                + tr("At most %1 events can be added at once: filter and tick the lines that "
                     "matter.")
                      .arg(QLocale().toString(ImportCommands::MaxEventsPerImport));
    m_ui->summaryLabel->setText(text);
}

void TimelineImportDialog::updatePreview()
{
    const QModelIndex current = m_ui->candidatesTableView->currentIndex();
    const int row = current.isValid() ? m_filter->mapToSource(current).row() : -1;
    KSyntaxHighlighting::Definition definition;
    if (m_source == Source::Log)
        definition = syntaxRepository().definitionForName(u"Log File (advanced)"_s);
    m_ui->previewTextEdit->setContent(m_model->originalText(row), definition);
}

void TimelineImportDialog::tickShown(bool checked)
{
    QList<int> rows;
    rows.reserve(m_filter->rowCount());
    for (int row = 0; row < m_filter->rowCount(); ++row)
        rows.append(m_filter->mapToSource(m_filter->index(row, 0)).row());
    m_model->setChecked(rows, checked);
}

void TimelineImportDialog::tickImportant()
{
    QList<int> rows;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->level(row) >= LogLevel::Warning)
            rows.append(row);
    }
    m_model->setChecked(rows, true);
}

void TimelineImportDialog::accept()
{
    Document *document = m_document;
    if (!document || document->isReadOnly() || m_model->checkedCount() == 0
        || m_model->checkedCount() > ImportCommands::MaxEventsPerImport)
        return;
    QList<qint64> ids;
    if (m_source == Source::Log) {
        QList<LogCandidate> chosen;
        chosen.reserve(m_model->checkedCount());
        for (int row = 0; row < m_log.candidates.size(); ++row) {
            if (m_model->isChecked(row))
                chosen.append(m_log.candidates.at(row));
        }
        ids = TimelineImport::applyLog(*document, m_log, chosen, m_fileName);
    } else {
        QList<ChatMessage> chosen;
        chosen.reserve(m_model->checkedCount());
        for (int row = 0; row < m_chat.messages.size(); ++row) {
            if (m_model->isChecked(row))
                chosen.append(m_chat.messages.at(row));
        }
        ids = TimelineImport::applyChat(*document, chosen, m_fileName);
    }
    Q_EMIT imported(ids);
    QDialog::accept();
}

} // namespace Debrief
