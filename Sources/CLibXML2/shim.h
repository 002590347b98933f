// Debian's libxml2 (libxml2-dev), reached as SQLite is: a system library, no copy in the tree.
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU, so its encoding.h would include the system's <unicode/*.h>,
// whose UErrorCode differs from the one Foundation's own ICU module declares: a module that
// sees both fails to build ("'UErrorCode' has different definitions in different modules").
// We never touch the converter structs those headers add fields to (only pointers to them),
// so the headers are read as if libxml2 had no ICU.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
