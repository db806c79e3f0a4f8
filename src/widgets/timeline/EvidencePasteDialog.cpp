#include "EvidencePasteDialog.h"

#include "ui_EvidencePasteDialog.h"

#include "EvidenceSources.h"
#include "TimelineColors.h"
#include "domain/Vocabulary.h"
#include "report/SyntaxRepository.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>

#include <QFontDatabase>
#include <QPushButton>
#include <QScopedValueRollback>

namespace Debrief {

using namespace Qt::StringLiterals;

namespace {
constexpr int TitleFromTextChars = 70;
}

void fillSyntaxItems(QComboBox *combo)
{
    QList<KSyntaxHighlighting::Definition> definitions = syntaxRepository().definitions();
    std::sort(definitions.begin(), definitions.end(), [](const auto &a, const auto &b) {
        return a.translatedName().localeAwareCompare(b.translatedName()) < 0;
    });
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(QCoreApplication::translate("EvidencePasteDialog", "Automatic"), QVariant());
    for (const KSyntaxHighlighting::Definition &definition : std::as_const(definitions)) {
        if (!definition.isHidden())
            combo->addItem(definition.translatedName(), definition.name());
    }
}

EvidencePasteDialog::EvidencePasteDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EvidencePasteDialog>())
{
    m_ui->setupUi(this);
    for (const Choice &choice : choices(Vocabulary::EvidenceKind))
        m_ui->kindComboBox->addItem(choice.label, choice.key);
    m_ui->kindComboBox->setCurrentIndex(m_ui->kindComboBox->findData(u"other"_s));
    fillSyntaxItems(m_ui->syntaxComboBox);

    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (font().pointSizeF() > 0)
        fixed.setPointSizeF(font().pointSizeF());
    m_ui->contentPlainTextEdit->setFont(fixed);

    m_guessTimer.setSingleShot(true);
    m_guessTimer.setInterval(250);
    connect(&m_guessTimer, &QTimer::timeout, this, &EvidencePasteDialog::guess);
    connect(m_ui->contentPlainTextEdit, &QPlainTextEdit::textChanged, this, [this] {
        m_guessTimer.start();
        validate();
    });
    // Once the user picks, their choice stands.
    connect(m_ui->kindComboBox, &QComboBox::activated, this, [this] { m_kindChosen = true; });
    connect(m_ui->syntaxComboBox, &QComboBox::activated, this, [this] { m_syntaxChosen = true; });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Attach"));
    resize(900, 640);
    validate();
}

EvidencePasteDialog::~EvidencePasteDialog() = default;

QString EvidencePasteDialog::title() const
{
    const QString typed = m_ui->titleLineEdit->text().trimmed();
    if (!typed.isEmpty())
        return typed;
    for (QStringView line : QStringView(content()).split(u'\n')) {
        const QString trimmed = line.trimmed().toString();
        if (!trimmed.isEmpty())
            return trimmed.size() > TitleFromTextChars
                       ? trimmed.left(TitleFromTextChars - 1) + u'…'
                       : trimmed;
    }
    return tr("Pasted excerpt");
}

QString EvidencePasteDialog::kind() const
{
    return m_ui->kindComboBox->currentData().toString();
}

QString EvidencePasteDialog::definitionName() const
{
    return m_ui->syntaxComboBox->currentData().toString();
}

QString EvidencePasteDialog::content() const
{
    QString text = m_ui->contentPlainTextEdit->toPlainText();
    text.replace(u"\r\n"_s, u"\n"_s);
    return text;
}

void EvidencePasteDialog::guess()
{
    const QString text = content();
    const EvidenceSources::Guess guessed = EvidenceSources::guess(text);
    if (!m_kindChosen)
        m_ui->kindComboBox->setCurrentIndex(std::max(0, m_ui->kindComboBox->findData(guessed.kind)));
    if (!m_syntaxChosen) {
        const int index = guessed.definition.isEmpty()
                              ? 0
                              : m_ui->syntaxComboBox->findData(guessed.definition);
        m_ui->syntaxComboBox->setCurrentIndex(std::max(0, index));
    }
    validate();
}

void EvidencePasteDialog::validate()
{
    const QString text = m_ui->contentPlainTextEdit->toPlainText();
    const QString problem = EvidenceSources::checkPasted(text);
    const bool empty = text.trimmed().isEmpty();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty() && !empty);
    QPalette colors = m_ui->messageLabel->palette();
    colors.setColor(QPalette::WindowText, problem.isEmpty()
                                              ? palette().color(QPalette::PlaceholderText)
                                              : TimelineColors::warningColor(palette()));
    m_ui->messageLabel->setPalette(colors);
    if (!problem.isEmpty()) {
        m_ui->messageLabel->setText(problem);
        return;
    }
    if (empty) {
        m_ui->messageLabel->setText(
            tr("Kind and highlighting are recognised from the text; change them if they are "
               "wrong."));
        return;
    }
    const int lines = int(text.count(u'\n')) + (text.endsWith(u'\n') ? 0 : 1);
    const QString definition = m_ui->syntaxComboBox->currentIndex() > 0
                                   ? m_ui->syntaxComboBox->currentText()
                                   : tr("plain text");
    m_ui->messageLabel->setText(tr("%n line(s), %1, highlighted as %2.", "", lines)
                                    .arg(EvidenceSources::sizeText(text.toUtf8().size()), definition));
}

} // namespace Debrief
