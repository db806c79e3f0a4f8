#pragma once

#include <QtGlobal>

class QListWidget;
class QListWidgetItem;

namespace Debrief::ListItems {

// Lists of records keep each record's id in an item data role.
QListWidgetItem *findById(const QListWidget *list, int idRole, qint64 id);
// Makes the record's item current and scrolls to it; false when the list does not show it.
bool selectById(QListWidget *list, int idRole, qint64 id);

} // namespace Debrief::ListItems
