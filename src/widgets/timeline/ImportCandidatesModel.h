#pragma once

#include "importers/ChatImporter.h"
#include "importers/LogImporter.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>
#include <QTimeZone>

namespace Debrief {

// The entries an import found, one row each, with a check box: time (in the incident's
// zone), who or what wrote it, level (logs) and the text. The texts are read from the
// importer's result when shown, so 200,000 log entries cost no conversions up front.
class ImportCandidatesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, WhoColumn, LevelColumn, TextColumn, ColumnCount };

    explicit ImportCandidatesModel(QObject *parent = nullptr);

    // The results must outlive the model's use of them (the dialog owns both).
    void setLog(const LogImportResult *result, const QTimeZone &zone, const QDate &referenceDay);
    // `participantNames`: id -> name, to show whom a chat name was matched to.
    void setChat(const ChatImportResult *result, const QHash<qint64, QString> &participantNames,
                 const QTimeZone &zone, const QDate &referenceDay);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    bool isChecked(int row) const { return m_checked.value(row); }
    void setChecked(const QList<int> &rows, bool checked);
    // Keeps the ticks when the same entries are read again (another zone).
    void setCheckedStates(const QList<bool> &checked);
    const QList<bool> &checkedStates() const { return m_checked; }
    int checkedCount() const { return m_checkedCount; }
    bool isLog() const { return m_log != nullptr; }
    LogLevel level(int row) const;
    // The original text of row `row`: a log entry's lines, a chat message.
    QString originalText(int row) const;

Q_SIGNALS:
    void checkedCountChanged(int count);

private:
    QString timeText(int row) const;

    const LogImportResult *m_log = nullptr;
    const ChatImportResult *m_chat = nullptr;
    QHash<qint64, QString> m_participantNames;
    QTimeZone m_zone{QTimeZone::UTC};
    QDate m_referenceDay;
    QList<bool> m_checked;
    int m_checkedCount = 0;
};

} // namespace Debrief
