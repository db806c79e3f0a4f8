#pragma once

#include "domain/Vocabulary.h"

#include <QStyledItemDelegate>

#include <optional>

namespace Debrief {

// Edits the columns of a RecordTableModel that have a vocabulary with a combo box of its
// choices (plus "not set"); other columns get the usual editors. The choice is written as
// soon as it is made, so nothing waits for the editor to close.
class VocabularyDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The vocabulary of the column of `index`, seen through any proxy models.
    static std::optional<Vocabulary> vocabularyOf(const QModelIndex &index);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

} // namespace Debrief
