#pragma once

#include <QDialog>

class QTextBrowser;

namespace Debrief {

// Help ▸ The Blameless Method: the method in one page, to glance at or read aloud.
class BlamelessMethodDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BlamelessMethodDialog(QWidget *parent = nullptr);

    // The summary as HTML, built only from constant translated text.
    static QString methodHtml();

private:
    QTextBrowser *m_textBrowser;
};

} // namespace Debrief
