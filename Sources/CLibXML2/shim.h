// Debian's libxml2 (libxml2-dev), reached as SQLite is: a system library, no copy in the tree.
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
