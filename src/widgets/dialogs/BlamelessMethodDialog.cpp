#include "BlamelessMethodDialog.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Debrief {

using namespace Qt::StringLiterals;

namespace {

QString section(const QString &title, const QString &lead, const QStringList &points)
{
    QString html = u"<h3>"_s + title.toHtmlEscaped() + u"</h3>"_s;
    if (!lead.isEmpty())
        html += u"<p>"_s + lead.toHtmlEscaped() + u"</p>"_s;
    if (!points.isEmpty()) {
        html += u"<ul>"_s;
        for (const QString &point : points)
            html += u"<li>"_s + point.toHtmlEscaped() + u"</li>"_s;
        html += u"</ul>"_s;
    }
    return html;
}

} // namespace

BlamelessMethodDialog::BlamelessMethodDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"blamelessMethodDialog"_s);
    setWindowTitle(tr("The Blameless Method"));
    m_textBrowser = new QTextBrowser(this);
    m_textBrowser->setObjectName(u"methodTextBrowser"_s);
    m_textBrowser->setOpenLinks(false);
    m_textBrowser->setHtml(methodHtml());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_textBrowser);
    layout->addWidget(buttons);
    resize(760, 720);
}

QString BlamelessMethodDialog::methodHtml()
{
    QString html = u"<h2>"_s + tr("The blameless post-mortem").toHtmlEscaped() + u"</h2>"_s;
    html += u"<p>"_s
        + tr("Complex systems fail, and people keep them running as best they can. A "
             "post-mortem is held to learn from a failure, not to find someone to blame: "
             "people who fear punishment leave out the details everyone needs.")
              .toHtmlEscaped()
        + u"</p>"_s;
    html += section(
        tr("1. Set the context"), tr("Read the ground rules aloud at the start:"),
        {tr("Failure is a normal part of how complex systems work; all of them fail sooner or "
            "later."),
         tr("The purpose is to learn. No one is blamed, shamed or punished for their account "
            "of what happened."),
         tr("Blame-free is not accountability-free: full, honest accounts are how people "
            "take responsibility.")});
    html += section(
        tr("2. Remember the 3 R's"), QString(),
        {tr("Regret: acknowledge the problem and apologise, with empathy for the customers "
            "affected and for the people who fought the fire."),
         tr("Reason: everything from detection to resolution, in as much detail as possible; "
            "hide no facts."),
         tr("Remedy: what will change. If the fix is not known yet, commit to continuing the "
            "investigation, and say so internally and to customers.")});
    html += section(
        tr("3. Call out biases"),
        tr("Everyone in the room is under the influence of cognitive biases without noticing. "
           "Give and ask for permission to call them out:"),
        {tr("Hindsight bias: the outcome looks obvious once it is known."),
         tr("Outcome bias: judging a decision by how things turned out rather than by what "
            "was known when it was made."),
         tr("Recency bias: giving the latest events more weight than they deserve."),
         tr("Fundamental attribution error: explaining actions by a person's character "
            "instead of their situation.")});
    html += section(
        tr("4. Build the timeline: describe, don't explain"),
        tr("Understand what happened from the point of view of the people involved:"),
        {tr("What did they know, and when? Why did their actions make sense at the time?"),
         tr("Keep apart what was only known in hindsight."),
         tr("Collect as many points of view as possible, and note divergent and dissenting "
            "opinions."),
         tr("As facilitator, listen to discover, and verify by summarising what you heard.")});
    html += section(
        tr("5. Ask questions"),
        tr("Be transparent and honest; leave out no small detail. Ask about:"),
        {tr("The people involved: their circumstances, how the incident affected them, what "
            "would help."),
         tr("The process: support, escalation, access to the right people and knowledge."),
         tr("The aftermath: recovery, the first steps taken, telling customers."),
         tr("The culture: on-call, schedules, how open the team is about failure."),
         tr("The next time: are we better prepared, and can anyone find this write-up?")});
    html += section(
        tr("6. Contributing factors, not a root cause"),
        tr("Outages have many contributing factors, some from decisions made long ago. Look "
           "for several of them, link each to the timeline, and never name a person as the "
           "cause."),
        {});
    html += section(
        tr("Change the focus"),
        tr("Time to resolution and time between failures are numbers, not the point. Focus on "
           "learning from the incident and on the environment people work in: it shapes how "
           "they act in normal work and under stress."),
        {});
    html += section(
        tr("Avoid punishment"),
        tr("People who expect punishment hide the specifics that make them look bad, and the "
           "problem repeats. Create safety and accountability together: whoever made a mistake "
           "learns from it instead of suffering for it."),
        {});
    html += section(
        tr("7. Remediation that is SMART"),
        tr("Decide and prioritise the remediation items. Each one is:"),
        {tr("Specific: what exactly changes."), tr("Measurable: how we will know it worked."),
         tr("Agreeable: its owner has agreed to it."),
         tr("Realistic: it can be done with the time and people available."),
         tr("Timebound: it has a due date.")});
    html += section(
        tr("8. Publish and archive"),
        tr("Share the write-up as widely as possible and archive it so that the next team can "
           "find it. Before publishing, check the basics: timeline or log data, "
           "conversations, notes, time calculations, severity, and actionable remediation."),
        {});
    html += u"<p><i>"_s
        + tr("And remember: blameless applies first and foremost to yourself.").toHtmlEscaped()
        + u"</i></p>"_s;
    // Shown as text to copy, not as links: nothing is opened from the method page.
    html += section(
        tr("Further reading"),
        tr("The method follows VictorOps' “Blameless Post-Mortems and how to do them”. "
           "Its sources:"),
        {u"Sidney Dekker, The Field Guide to Understanding Human Error"_s,
         u"Dave Zwieback, The Human Side of Postmortems"_s,
         u"http://www.paperplanes.de/2014/6/20/what-blameless-postmortem-taught-me.html"_s,
         u"http://codeascraft.com/2012/05/22/blameless-postmortems/"_s,
         u"http://www.slideshare.net/jhand2/its-not-your-fault-blameless-post-mortems"_s,
         u"http://www.slideshare.net/fattofatt/post-mortem-report"_s,
         u"http://www.cdlib.org/cdinfo/2010/11/17/the-project-post-mortem-a-valuable-tool-for-continuous-improvement/"_s,
         u"https://speakerdeck.com/indec/fallible-humans-dealing-with-failure-in-the-absence-of-scapegoats"_s,
         u"http://tech.blog.box.com/2014/08/a-tale-of-postmortems/"_s});
    return html;
}

} // namespace Debrief
