#pragma once

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class SeverityLevelsDialog;
}

namespace Debrief {

class Document;
class RecordTableModel;

// Edits the document's severity levels in place: every change is an undoable document edit
// the moment it is made, so the dialog only has a Close button.
class SeverityLevelsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SeverityLevelsDialog(Document *document, QWidget *parent = nullptr);
    ~SeverityLevelsDialog() override;

private:
    qint64 selectedId() const;
    void select(qint64 id, int column = 0);
    void addLevel();
    void removeLevel();
    void moveLevel(int delta);
    void updateButtons();

    std::unique_ptr<Ui::SeverityLevelsDialog> m_ui;
    QPointer<Document> m_document;
    RecordTableModel *m_model;
};

} // namespace Debrief
