#include "Recurrence.h"

#include "archive/ArchiveCatalog.h"
#include "archive/ArchiveFormat.h"

#include <QDir>
#include <QFileInfo>

namespace Debrief {

using namespace Qt::StringLiterals;

QString RecurrenceMatch::seenText() const
{
    const QString title = otherTitle.isEmpty() ? Recurrence::tr("(untitled)") : otherTitle;
    const QString date = ArchiveFormat::date(otherDate);
    return otherIsEarlier ? Recurrence::tr("Seen before in %1 (%2)").arg(title, date)
                          : Recurrence::tr("Seen again later in %1 (%2)").arg(title, date);
}

QList<RecurrenceMatch> Recurrence::find(const PostMortemSummary &summary, ArchiveCatalog &catalog)
{
    QHash<qint64, CatalogEntry> others;
    const QString ownPath = QDir::cleanPath(QFileInfo(summary.path).absoluteFilePath());
    const QString ownIdentity = summary.identity();
    for (CatalogEntry &entry : catalog.entries(QDate::currentDate())) {
        if (entry.path == ownPath || (!ownIdentity.isEmpty() && entry.identity == ownIdentity))
            continue;
        others.insert(entry.id, std::move(entry));
    }
    const QDateTime ownDate = summary.incidentDate();

    QList<RecurrenceMatch> result;
    auto keepBest = [&result](QList<RecurrenceMatch> &matches) {
        std::sort(matches.begin(), matches.end(),
                  [](const RecurrenceMatch &a, const RecurrenceMatch &b) {
                      return a.score.value() > b.score.value();
                  });
        result.append(matches.mid(0, MaxMatchesPerItem));
    };
    auto describe = [&](RecurrenceMatch &match, const CatalogEntry &other) {
        match.otherDocumentId = other.id;
        match.otherPath = other.path;
        match.otherTitle = other.title;
        match.otherDate = other.incidentDate;
        match.otherIsEarlier = ownDate.isValid() && other.incidentDate.isValid()
                               && other.incidentDate < ownDate;
    };

    const QList<CatalogFactor> factors = catalog.factors();
    for (int i = 0; i < summary.factors.size(); ++i) {
        const ArchivedFactor &factor = summary.factors.at(i);
        const Similarity::Tokens tokens = Similarity::tokens(factor.title, factor.description);
        QList<RecurrenceMatch> matches;
        for (const CatalogFactor &candidate : factors) {
            const auto other = others.constFind(candidate.documentId);
            if (other == others.cend())
                continue;
            const Similarity::Score score = Similarity::score(tokens, factor.category,
                                                              candidate.tokens,
                                                              candidate.factor.category);
            if (!score.resembles())
                continue;
            RecurrenceMatch match;
            match.kind = RecurrenceMatch::Kind::Factor;
            match.item = i;
            match.otherItemTitle = candidate.factor.title;
            match.score = score;
            describe(match, *other);
            matches.append(match);
        }
        keepBest(matches);
    }

    const QList<CatalogRemediation> items = catalog.remediationItems();
    for (int i = 0; i < summary.remediation.size(); ++i) {
        const ArchivedRemediation &item = summary.remediation.at(i);
        const Similarity::Tokens tokens = Similarity::tokens(item.title, item.specificChange);
        QList<RecurrenceMatch> matches;
        for (const CatalogRemediation &candidate : items) {
            const auto other = others.constFind(candidate.documentId);
            if (other == others.cend())
                continue;
            // For remediation the kind (prevent, detect, mitigate, learn) is the category.
            const Similarity::Score score =
                Similarity::score(tokens, item.kind, candidate.tokens, candidate.item.kind);
            if (!score.resembles())
                continue;
            RecurrenceMatch match;
            match.kind = RecurrenceMatch::Kind::Remediation;
            match.item = i;
            match.otherItemTitle = candidate.item.title;
            match.otherItemStatus = candidate.item.status;
            match.score = score;
            describe(match, *other);
            matches.append(match);
        }
        keepBest(matches);
    }
    return result;
}

} // namespace Debrief
