#include "SyntaxRepository.h"

#include <KSyntaxHighlighting/Repository>

namespace Debrief {

KSyntaxHighlighting::Repository &syntaxRepository()
{
    static KSyntaxHighlighting::Repository repository;
    return repository;
}

} // namespace Debrief
