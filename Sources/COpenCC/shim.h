// The system OpenCC library (Debian libopencc-dev): traditional → simplified Chinese.
#include <opencc/opencc.h>
