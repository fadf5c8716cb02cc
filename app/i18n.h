#pragma once
#include "core/i18n.h"
