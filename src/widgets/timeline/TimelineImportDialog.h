#pragma once

#include "importers/ChatImporter.h"
#include "importers/LogImporter.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class TimelineImportDialog;
}

namespace Debrief {

class Document;
class ImportCandidatesModel;

// The preview of a log or chat import: what the core importer found, one line per entry with
// a check box, the original lines of the selected entry highlighted, the detected format,
// the lines it could not read, the chat names matched to participants, and the zone of times
// written without one (asked once, the incident's zone by default). OK adds the ticked
// entries to the timeline in one undo step.
class TimelineImportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Source { Log, Chat };

    TimelineImportDialog(Document *document, Source source, const QString &path,
                         QWidget *parent = nullptr);
    ~TimelineImportDialog() override;

    // Why nothing can be imported from the file; empty when the preview can be shown.
    QString error() const { return m_error; }
    ImportCandidatesModel *candidates() const { return m_model; }
    QString zoneId() const { return m_zoneId; }
    void setZoneId(const QString &zoneId);

    void accept() override;

Q_SIGNALS:
    // The ids of the events added, in time order.
    void imported(const QList<qint64> &ids);

private:
    void parse();
    void applyDefaultTicks();
    void updateFormat();
    void updateNames();
    void updateUnreadable();
    void updateSummary();
    void updatePreview();
    void tickShown(bool checked);
    void tickImportant();
    void commitZoneText();

    std::unique_ptr<Ui::TimelineImportDialog> m_ui;
    QPointer<Document> m_document;
    Source m_source;
    QString m_path;
    QString m_fileName;
    QString m_zoneId;
    QString m_error;
    LogImportResult m_log;
    ChatImportResult m_chat;
    ImportCandidatesModel *m_model;
    QSortFilterProxyModel *m_filter;
};

} // namespace Debrief
