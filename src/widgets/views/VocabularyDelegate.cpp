#include "VocabularyDelegate.h"

#include "BlamelessHighlighter.h"
#include "document/RecordTableModel.h"
#include "language/DocumentLint.h"

#include <QAbstractProxyModel>
#include <QComboBox>
#include <QLineEdit>

namespace Debrief {

using namespace Qt::StringLiterals;

namespace {
// The record table and column behind `index`, through any proxies.
std::pair<const RecordTableModel *, int> recordColumn(const QModelIndex &index)
{
    QModelIndex source = index;
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(source.model()))
        source = proxy->mapToSource(source);
    const auto *model = qobject_cast<const RecordTableModel *>(source.model());
    if (!model || !source.isValid())
        return {nullptr, -1};
    return {model, source.column()};
}
} // namespace

std::optional<Vocabulary> VocabularyDelegate::vocabularyOf(const QModelIndex &index)
{
    const auto [model, column] = recordColumn(index);
    return model ? model->column(column).vocabulary : std::nullopt;
}

QWidget *VocabularyDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    const std::optional<Vocabulary> vocabulary = vocabularyOf(index);
    if (!vocabulary) {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        // Free text typed into a cell gets the blameless-language assistant too.
        const auto [model, column] = recordColumn(index);
        auto *line = qobject_cast<QLineEdit *>(editor);
        if (line && model && DocumentLint::isProseField(model->table(), model->column(column).field))
            BlamelessHighlighter::attach(line);
        return editor;
    }
    auto *combo = new QComboBox(parent);
    combo->setObjectName(u"vocabularyComboBox"_s);
    combo->setFrame(false);
    combo->addItem(tr("Not set"), QString());
    for (const Choice &choice : choices(*vocabulary))
        combo->addItem(choice.label, choice.key);
    connect(combo, &QComboBox::activated, this, [this, combo] {
        // commitData is non-const; the delegate itself is not changed by it.
        Q_EMIT const_cast<VocabularyDelegate *>(this)->commitData(combo);
    });
    return combo;
}

void VocabularyDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo || !vocabularyOf(index)) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    const QString key = index.data(Qt::EditRole).toString();
    int row = combo->findData(key);
    if (row < 0) {
        // A value from another tool that we do not know: keep it choosable, never drop it.
        combo->addItem(key, key);
        row = combo->count() - 1;
    }
    combo->setCurrentIndex(row);
}

void VocabularyDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                      const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo || !vocabularyOf(index)) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    if (index.data(Qt::EditRole).toString() != combo->currentData().toString())
        model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace Debrief
