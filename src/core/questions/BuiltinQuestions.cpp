#include "BuiltinQuestions.h"

#include <QCoreApplication>

namespace Debrief::BuiltinQuestions {

using namespace Qt::StringLiterals;

const QList<BuiltinQuestion> &all()
{
    // The text is the seed's, word for word.
    static const QList<BuiltinQuestion> questions{
        {"people"_L1, "people.circumstances"_L1,
         QT_TRANSLATE_NOOP("BuiltinQuestions",
                           "What were the circumstances of their firefight?")},
        {"people"_L1, "people.asleep"_L1,
         QT_TRANSLATE_NOOP("BuiltinQuestions",
                           "Were they sleeping when they got the alert?")},
        {"people"_L1, "people.effect"_L1,
         QT_TRANSLATE_NOOP("BuiltinQuestions",
                           "How did the firefight affect them emotionally, physically and "
                           "mentally?")},
        {"people"_L1, "people.improve"_L1,
         QT_TRANSLATE_NOOP("BuiltinQuestions",
                           "What can be done to improve those circumstances?")},
        {"process"_L1, "process.supported"_L1,
         QT_TRANSLATE_NOOP("BuiltinQuestions",
                           "Did the on-call person feel supported?")},
        {"process"_L1, "process.escalation"_L1,
         QT_TRANSLATE_NOOP("BuiltinQuestions",
                           "Did they know about the company's escalation policies and have quick "
                           "access to contact information to bring others in when needed?")},
        {"process"_L1, "process.expertise"_L1,
         QT_TRANSLATE_NOOP("BuiltinQuestions",
                           "Was the incident related to the domain expertise of the person "
                           "on-call?")},
        {"process"_L1, "process.change"_L1,
         QT_TRANSLATE_NOOP("BuiltinQuestions",
                           "Can anything be changed to the process to make things better before "
                           "the next incident?")},
        {"aftermath"_L1, "aftermath.recovery"_L1,
         QT_TRANSLATE_NOOP("BuiltinQuestions",
                           "How long did it take the on-call person to recover?")},
        {"aftermath"_L1, "aftermath.immediate-steps"_L1,
         QT_TRANSLATE_NOOP("BuiltinQuestions",
                           "What steps were taken immediately after the incident?")},
        {"aftermath"_L1, "aftermath.communicate"_L1,
         QT_TRANSLATE_NOOP("BuiltinQuestions",
                           "Is it necessary to communicate the outage with customers?")},
        {"culture"_L1, "culture.oncall-working"_L1,
         QT_TRANSLATE_NOOP("BuiltinQuestions",
                           "Is your on-call system working?")},
        {"culture"_L1, "culture.schedules"_L1,
         QT_TRANSLATE_NOOP("BuiltinQuestions",
                           "Do you need to make changes to your team's on-call schedules?")},
        {"culture"_L1, "culture.open"_L1,
         QT_TRANSLATE_NOOP("BuiltinQuestions",
                           "How can you make your culture more open and accepting of failures?")},
        {"next-time"_L1, "next-time.prepared"_L1,
         QT_TRANSLATE_NOOP("BuiltinQuestions",
                           "Are you better prepared for the next outage?")},
        {"next-time"_L1, "next-time.steps"_L1,
         QT_TRANSLATE_NOOP("BuiltinQuestions",
                           "What steps can be taken so that you are?")},
        {"next-time"_L1, "next-time.findable"_L1,
         QT_TRANSLATE_NOOP("BuiltinQuestions",
                           "Is the copy of the postmortem report easily available for anyone to "
                           "find?")},
    };
    return questions;
}

const BuiltinQuestion *find(const QString &key)
{
    if (key.isEmpty())
        return nullptr;
    for (const BuiltinQuestion &question : all()) {
        if (question.key == key)
            return &question;
    }
    return nullptr;
}

QString text(const QString &key)
{
    const BuiltinQuestion *question = find(key);
    return question ? QCoreApplication::translate("BuiltinQuestions", question->text) : QString();
}

QString displayText(const Record &question)
{
    const QString builtin = text(question.text(QuestionField::BuiltinKey));
    if (!builtin.isEmpty())
        return builtin;
    const QString own = question.text(QuestionField::Text);
    return own.isEmpty() ? question.text(QuestionField::BuiltinKey) : own;
}

void appendTo(DocumentTables &tables)
{
    TableData &data = tables[int(Table::Question)];
    for (const BuiltinQuestion &question : all()) {
        Record record = emptyRecord(Table::Question);
        record.id = ++data.maxId;
        record.values[QuestionField::Checklist] = QString(question.checklist);
        record.values[QuestionField::BuiltinKey] = QString(question.key);
        record.values[QuestionField::Status] = u"open"_s;
        data.changedIds.insert(record.id);
        data.records.append(std::move(record));
    }
    data.reindex();
}

} // namespace Debrief::BuiltinQuestions
