#include "ReportExportDialog.h"

#include "report/ReportExport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Debrief {

using namespace Qt::StringLiterals;

ReportExportDialog::ReportExportDialog(QWidget *parent)
    : QDialog(parent)
    , m_pageSize(new QComboBox(this))
    , m_pdfA(new QCheckBox(tr("PDF/A-1b for long-term archiving"), this))
{
    setWindowTitle(tr("Export Report as PDF"));
    m_pageSize->setObjectName(u"pageSizeComboBox"_s);
    m_pdfA->setObjectName(u"pdfACheckBox"_s);
    m_pageSize->addItem(tr("A4"), int(QPageSize::A4));
    m_pageSize->addItem(tr("US Letter"), int(QPageSize::Letter));

    auto *form = new QFormLayout;
    form->addRow(tr("&Paper size:"), m_pageSize);
    form->addRow(QString(), m_pdfA);
    auto *note = new QLabel(tr("Fonts are embedded and the text stays selectable and searchable. "
                               "Facilitator-only notes are never included."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);

    PdfOptions defaults;
    defaults.pageSize = ReportExport::defaultPageSize();
    setOptions(defaults);
}

PdfOptions ReportExportDialog::options() const
{
    PdfOptions options;
    options.pageSize = QPageSize(QPageSize::PageSizeId(m_pageSize->currentData().toInt()));
    options.pdfA = m_pdfA->isChecked();
    return options;
}

void ReportExportDialog::setOptions(const PdfOptions &options)
{
    const int index = m_pageSize->findData(int(options.pageSize.id()));
    m_pageSize->setCurrentIndex(index >= 0 ? index : 0);
    m_pdfA->setChecked(options.pdfA);
}

} // namespace Debrief
