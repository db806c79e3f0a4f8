#pragma once

#include <QStringList>

// The post-mortems opened last, newest first, kept in the settings ("recentFiles").
namespace Debrief::RecentFiles {

inline constexpr int MaxCount = 10;

QStringList list();
void add(const QString &path);
void remove(const QString &path);
void clear();

} // namespace Debrief::RecentFiles
