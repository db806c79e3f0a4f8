#include "ListItems.h"

#include <QListWidget>

namespace Debrief::ListItems {

QListWidgetItem *findById(const QListWidget *list, int idRole, qint64 id)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(idRole).toLongLong() == id)
            return list->item(row);
    }
    return nullptr;
}

bool selectById(QListWidget *list, int idRole, qint64 id)
{
    QListWidgetItem *item = findById(list, idRole, id);
    if (!item)
        return false;
    list->setCurrentItem(item);
    list->scrollToItem(item);
    return true;
}

} // namespace Debrief::ListItems
