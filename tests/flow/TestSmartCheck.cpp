#include "analysis/SmartCheck.h"

#include <QLocale>
#include <QTest>

using namespace Debrief;
using namespace Qt::StringLiterals;

namespace {

const QDate Today(2026, 11, 1);

Record smartItem()
{
    Record item = emptyRecord(Table::RemediationItem);
    item.values[RemediationField::Title] = u"Alert routes reach a person"_s;
    item.values[RemediationField::SpecificChange] =
        u"Move every Alertmanager receiver that posts to an archived channel to PagerDuty"_s;
    item.values[RemediationField::SuccessMeasure] =
        u"A test alert on each route pages within 2 minutes"_s;
    item.values[RemediationField::Owner] = u"Daniel Okafor"_s;
    item.values[RemediationField::OwnerAgreed] = true;
    item.values[RemediationField::Effort] = u"S"_s;
    item.values[RemediationField::DueDate] = QDate(2026, 11, 20);
    item.values[RemediationField::Status] = u"open"_s;
    return item;
}

} // namespace

class TestSmartCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void completeItemIsSmart()
    {
        const SmartResult result = SmartCheck::check(smartItem(), Today);
        QVERIFY(result.passes());
        QVERIFY(result.messages.isEmpty());
        QCOMPARE(SmartCheck::summary(smartItem(), result),
                 u"“Alert routes reach a person” is SMART."_s);
    }

    void emptyItemLacksEverything()
    {
        Record item = emptyRecord(Table::RemediationItem);
        const SmartResult result = SmartCheck::check(item, Today);
        QCOMPARE(result.missing,
                 (QList<SmartCriterion>{SmartCriterion::Specific, SmartCriterion::Measurable,
                                        SmartCriterion::Agreeable, SmartCriterion::Realistic,
                                        SmartCriterion::Timebound}));
        QCOMPARE(result.messages.size(), 5);
        const QString all = QLocale().createSeparatedList(
            {u"Specific"_s, u"Measurable"_s, u"Agreeable"_s, u"Realistic"_s, u"Timebound"_s});
        QCOMPARE(SmartCheck::summary(item, result), u"“Untitled item” lacks: "_s + all + u'.');
    }

    void eachCriterion_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<int>("criterion");
        QTest::addColumn<QString>("message");
        auto row = [](const char *name, int field, const QVariant &value, SmartCriterion criterion,
                      const QString &message) {
            QTest::newRow(name) << field << value << int(criterion) << message;
        };
        row("no change", RemediationField::SpecificChange, u"  "_s, SmartCriterion::Specific,
            u"Specific: describe the change"_s);
        row("too short", RemediationField::SpecificChange, u"Fix alerts"_s,
            SmartCriterion::Specific, u"Specific: “Fix alerts” is too vague"_s);
        row("vague verb", RemediationField::SpecificChange, u"Look into the alert routing"_s,
            SmartCriterion::Specific, u"too vague"_s);
        row("be careful", RemediationField::SpecificChange,
            u"Everyone will be more careful when rotating certificates in future"_s,
            SmartCriterion::Specific, u"too vague"_s);
        row("German vague", RemediationField::SpecificChange,
            u"Das Monitoring insgesamt verbessern"_s, SmartCriterion::Specific, u"too vague"_s);
        row("no measure", RemediationField::SuccessMeasure, QString(), SmartCriterion::Measurable,
            u"Measurable: say how you will know it worked."_s);
        row("no owner", RemediationField::Owner, QString(), SmartCriterion::Agreeable,
            u"Agreeable: name an owner."_s);
        row("not agreed", RemediationField::OwnerAgreed, false, SmartCriterion::Agreeable,
            u"Agreeable: Daniel Okafor has not agreed yet."_s);
        row("no effort", RemediationField::Effort, QString(), SmartCriterion::Realistic,
            u"Realistic: estimate the effort."_s);
        row("unknown effort", RemediationField::Effort, u"huge"_s, SmartCriterion::Realistic,
            u"Realistic"_s);
        row("no due date", RemediationField::DueDate, QVariant(), SmartCriterion::Timebound,
            u"Timebound: set a due date."_s);
        row("overdue", RemediationField::DueDate, QDate(2026, 10, 31), SmartCriterion::Timebound,
            u"Timebound: the due date"_s);
    }

    void eachCriterion()
    {
        QFETCH(int, field);
        QFETCH(QVariant, value);
        QFETCH(int, criterion);
        QFETCH(QString, message);
        Record item = smartItem();
        item.values[field] = value;
        const SmartResult result = SmartCheck::check(item, Today);
        QCOMPARE(result.missing, QList<SmartCriterion>{SmartCriterion(criterion)});
        QCOMPARE(result.messages.size(), 1);
        QVERIFY2(result.messages.first().contains(message), qPrintable(result.messages.first()));
        QVERIFY(result.lacks(SmartCriterion(criterion)));
        const QString name = SmartCheck::criterionName(SmartCriterion(criterion));
        QVERIFY(SmartCheck::summary(item, result).endsWith(u"lacks: "_s + name + u'.'));
    }

    void dueTodayOrDoneIsStillTimebound()
    {
        Record item = smartItem();
        item.values[RemediationField::DueDate] = Today;
        QVERIFY(SmartCheck::check(item, Today).passes());
        item.values[RemediationField::DueDate] = Today.addDays(-30);
        item.values[RemediationField::Status] = u"done"_s;
        QVERIFY(SmartCheck::check(item, Today).passes());
        QVERIFY(!SmartCheck::isOpen(item));
        item.values[RemediationField::Status] = u"in-progress"_s;
        QVERIFY(SmartCheck::isOpen(item));
        QVERIFY(SmartCheck::check(item, Today).lacks(SmartCriterion::Timebound));
    }

    void everyEffortIsRealistic()
    {
        // Whether an XL item is realistic is the room's call; an estimate is what is asked.
        for (const char *effort : {"S", "M", "L", "XL"}) {
            Record item = smartItem();
            item.values[RemediationField::Effort] = QString::fromLatin1(effort);
            QVERIFY(SmartCheck::check(item, Today).passes());
        }
    }
};

QTEST_GUILESS_MAIN(TestSmartCheck)
#include "TestSmartCheck.moc"
