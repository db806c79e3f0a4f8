// FieldBinding and VocabularyDelegate on their own, outside any page.
#include "document/Document.h"
#include "document/RecordTableModel.h"
#include "views/FieldBinding.h"
#include "views/VocabularyDelegate.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

using namespace Debrief;
using namespace Qt::StringLiterals;

class TestFieldBinding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void lineEditBothWays();
    void plainTextKeepsCursorOnOutsideChange();
    void undoKeysGoToTheDocument();
    void comboBoxShowsUnknownValues();
    void dateTimeEditNullAndZone();
    void writerReplacesSetValue();
    void readOnlyAndNoDocument();
    void vocabularyDelegateEditsWithChoices();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_document;
    std::unique_ptr<QWidget> m_window;
};

void TestFieldBinding::init()
{
    QString error;
    QFile::remove(m_dir.filePath(u"binding.debrief"_s));
    m_document = Document::createNew(m_dir.filePath(u"binding.debrief"_s), &error);
    QVERIFY2(m_document, qPrintable(error));
    m_window = std::make_unique<QWidget>();
    new QVBoxLayout(m_window.get());
}

void TestFieldBinding::cleanup()
{
    m_window.reset();
    m_document.reset();
}

void TestFieldBinding::lineEditBothWays()
{
    auto *edit = new QLineEdit(m_window.get());
    auto *binding = new FieldBinding(edit, Table::Incident, IncidentField::Title);
    binding->setTarget(m_document.get(), 1);
    QTest::keyClicks(edit, u"abc"_s);
    QCOMPARE(m_document->incidentValue(IncidentField::Title).toString(), u"abc"_s);
    QCOMPARE(m_document->undoStack()->count(), 1);

    edit->setCursorPosition(1);
    m_document->setIncidentValue(IncidentField::Title, u"abcdef"_s);
    QCOMPARE(edit->text(), u"abcdef"_s);
    QCOMPARE(edit->cursorPosition(), 1);
    // Showing a value never writes it back (the change merged with the typing).
    QCOMPARE(m_document->undoStack()->count(), 1);
    m_document->undoStack()->undo();
    QCOMPARE(edit->text(), QString());
    QCOMPARE(edit->cursorPosition(), 0);
    m_document->undoStack()->redo();
    QCOMPARE(edit->text(), u"abcdef"_s);
}

void TestFieldBinding::plainTextKeepsCursorOnOutsideChange()
{
    auto *edit = new QPlainTextEdit(m_window.get());
    auto *binding = new FieldBinding(edit, Table::Incident, IncidentField::Summary);
    binding->setTarget(m_document.get(), 1);
    QTest::keyClicks(edit, u"Hello world"_s);
    QCOMPARE(m_document->incidentValue(IncidentField::Summary).toString(), u"Hello world"_s);

    QTextCursor cursor = edit->textCursor();
    cursor.setPosition(3);
    edit->setTextCursor(cursor);
    m_document->setIncidentValue(IncidentField::Summary, u"Hello big world\nsecond line"_s);
    QCOMPARE(edit->toPlainText(), u"Hello big world\nsecond line"_s);
    QCOMPARE(edit->textCursor().position(), 3);
    m_document->setIncidentValue(IncidentField::Summary, u"Hi"_s);
    QCOMPARE(edit->toPlainText(), u"Hi"_s);
    QCOMPARE(edit->textCursor().position(), 2);
}

void TestFieldBinding::undoKeysGoToTheDocument()
{
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto *edit = new QPlainTextEdit(m_window.get());
    m_window->layout()->addWidget(edit);
    auto *binding = new FieldBinding(edit, Table::Incident, IncidentField::Summary);
    binding->setTarget(m_document.get(), 1);
    m_document->setIncidentValue(IncidentField::Title, u"earlier edit"_s);
    edit->setFocus();
    QTest::keyClicks(edit, u"typed"_s);
    QTest::keyClick(edit, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(edit->toPlainText(), QString());
    QCOMPARE(m_document->incidentValue(IncidentField::Summary).toString(), QString());
    QTest::keyClick(edit, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_document->incidentValue(IncidentField::Title).toString(), QString());
    QTest::keyClick(edit, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClick(edit, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(edit->toPlainText(), u"typed"_s);
}

void TestFieldBinding::comboBoxShowsUnknownValues()
{
    auto *combo = new QComboBox(m_window.get());
    combo->addItem(u"Draft"_s, u"draft"_s);
    combo->addItem(u"Published"_s, u"published"_s);
    auto *binding = new FieldBinding(combo, Table::Incident, IncidentField::Status);
    binding->setTarget(m_document.get(), 1);
    QCOMPARE(combo->currentText(), u"Draft"_s);
    combo->setCurrentIndex(1);
    QCOMPARE(m_document->incidentValue(IncidentField::Status).toString(), u"published"_s);

    // A value from another tool: shown as it is, and left alone.
    m_document->setIncidentValue(IncidentField::Status, u"retracted"_s);
    QCOMPARE(combo->count(), 3);
    QCOMPARE(combo->currentText(), u"retracted"_s);
    QCOMPARE(m_document->incidentValue(IncidentField::Status).toString(), u"retracted"_s);
    m_document->setIncidentValue(IncidentField::Status, QString());
    QCOMPARE(combo->currentIndex(), -1);
}

void TestFieldBinding::dateTimeEditNullAndZone()
{
    auto *edit = new QDateTimeEdit(m_window.get());
    const QDateTime minimum(QDate(1970, 1, 1), QTime(0, 0), QTimeZone::UTC);
    edit->setMinimumDateTime(minimum);
    edit->setSpecialValueText(u"Not set"_s);
    auto *binding = new FieldBinding(edit, Table::Incident, IncidentField::StartedAt);
    binding->setTarget(m_document.get(), 1);
    QCOMPARE(edit->text(), u"Not set"_s);
    QVERIFY(binding->editorValue().isNull());

    const QDateTime moment(QDate(2026, 1, 15), QTime(8, 30), QTimeZone::UTC);
    m_document->setIncidentValue(IncidentField::StartedAt, moment);
    QCOMPARE(edit->dateTime().time(), QTime(8, 30));
    binding->setTimeZone(QTimeZone("Asia/Tokyo"));
    QCOMPARE(edit->dateTime().time(), QTime(17, 30));
    QCOMPARE(m_document->incidentValue(IncidentField::StartedAt).toDateTime(), moment);
    QCOMPARE(m_document->undoStack()->count(), 1);

    edit->setDateTime(QDateTime(QDate(2026, 1, 15), QTime(18, 0), QTimeZone("Asia/Tokyo")));
    QCOMPARE(m_document->incidentValue(IncidentField::StartedAt).toDateTime(),
             QDateTime(QDate(2026, 1, 15), QTime(9, 0), QTimeZone::UTC));
    m_document->setIncidentValue(IncidentField::StartedAt, QVariant());
    QCOMPARE(edit->text(), u"Not set"_s);
}

void TestFieldBinding::writerReplacesSetValue()
{
    auto *edit = new QLineEdit(m_window.get());
    auto *binding = new FieldBinding(edit, Table::Incident, IncidentField::Title);
    QStringList written;
    binding->setWriter([&](const QVariant &value) {
        written.append(value.toString());
        m_document->setIncidentValue(IncidentField::Title, value.toString().toUpper());
    });
    binding->setTarget(m_document.get(), 1);
    QTest::keyClicks(edit, u"ab"_s);
    QCOMPARE(written, (QStringList{u"a"_s, u"Ab"_s}));
    QCOMPARE(edit->text(), u"AB"_s);
}

void TestFieldBinding::readOnlyAndNoDocument()
{
    auto *edit = new QLineEdit(m_window.get());
    auto *combo = new QComboBox(m_window.get());
    auto *text = new FieldBinding(edit, Table::Incident, IncidentField::Title);
    auto *choice = new FieldBinding(combo, Table::Incident, IncidentField::Status);
    m_document->setIncidentValue(IncidentField::Title, u"Title"_s);
    text->setTarget(m_document.get(), 1);
    choice->setTarget(m_document.get(), 1);
    QVERIFY(!edit->isReadOnly());
    QVERIFY(combo->isEnabled());

    text->setTarget(nullptr, 0);
    choice->setTarget(nullptr, 0);
    QCOMPARE(edit->text(), QString());
    QVERIFY(edit->isReadOnly());
    QVERIFY(!combo->isEnabled());
    QCOMPARE(m_document->incidentValue(IncidentField::Title).toString(), u"Title"_s);

    const QString path = m_document->filePath();
    m_document.reset();
    OpenError error;
    m_document = Document::open(path, DocumentFile::Access::ReadOnly, &error);
    QVERIFY2(m_document, qPrintable(error.reason));
    text->setTarget(m_document.get(), 1);
    QCOMPARE(edit->text(), u"Title"_s);
    QVERIFY(edit->isReadOnly());
    // Even a programmatic change is refused and put back.
    edit->setText(u"changed"_s);
    Q_EMIT edit->textEdited(edit->text());
    QCOMPARE(edit->text(), u"Title"_s);
}

void TestFieldBinding::vocabularyDelegateEditsWithChoices()
{
    Record participant = emptyRecord(Table::Participant);
    participant.values[ParticipantField::Name] = u"Alex"_s;
    participant.values[ParticipantField::Role] = u"chaos-monkey"_s;
    const qint64 id = m_document->insertRecord(Table::Participant, participant);

    RecordTableModel model(m_document.get(), Table::Participant,
                           {{ParticipantField::Name, u"Name"_s},
                            {ParticipantField::Role, u"Role"_s, Vocabulary::ParticipantRole}});
    QTableView view;
    view.setModel(&model);
    auto *delegate = new VocabularyDelegate(&view);
    view.setItemDelegate(delegate);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    QCOMPARE(VocabularyDelegate::vocabularyOf(model.index(0, 1)), Vocabulary::ParticipantRole);
    QVERIFY(!VocabularyDelegate::vocabularyOf(model.index(0, 0)));

    // Plain columns keep the usual editor.
    view.edit(model.index(0, 0));
    QVERIFY(view.viewport()->findChild<QLineEdit *>());
    QTest::keyClick(view.viewport()->findChild<QLineEdit *>(), Qt::Key_Escape);

    const QModelIndex role = model.index(0, 1);
    view.setCurrentIndex(role);
    view.edit(role);
    auto *combo = view.viewport()->findChild<QComboBox *>();
    QVERIFY(combo);
    const QList<Choice> roles = choices(Vocabulary::ParticipantRole);
    // "Not set", every choice, and the unknown value the record holds.
    QCOMPARE(combo->count(), roles.size() + 2);
    QCOMPARE(combo->currentText(), u"chaos-monkey"_s);
    const int scribe = combo->findData(u"scribe"_s);
    QVERIFY(scribe > 0);
    combo->setCurrentIndex(scribe);
    Q_EMIT combo->activated(scribe); // what choosing in the list does
    QCOMPARE(m_document->value(Table::Participant, id, ParticipantField::Role).toString(),
             u"scribe"_s);
    combo->setCurrentIndex(0);
    Q_EMIT combo->activated(0);
    QCOMPARE(m_document->value(Table::Participant, id, ParticipantField::Role).toString(),
             QString());
}

QTEST_MAIN(TestFieldBinding)
#include "TestFieldBinding.moc"
