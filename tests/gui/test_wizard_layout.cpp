// No clipped text: every page of the wizard, in English and in Chinese, at the default window size, on the
// demo PC (a generated broken Windows that the Linux and the Windows build both have), with the repairs applied
// so that the result page is filled. A label, push button, check box, radio button, a combo box's current
// choice and a tab that is shown must have room for its whole text; a tree row or table cell that is cut
// must carry its whole text in its tooltip.
#include "platform/targets.h"
#include "support/test_util.h"
#include "ui/repair_service.h"
#include "ui/wizard.h"
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QStyleOptionComboBox>
#include <QStyleOptionTab>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QStyleOptionButton>
#include <QStyleOptionViewItem>
#include <QTest>
#include <QThread>
#include <QTreeWidget>

using namespace wd;
using namespace wd::ui;

namespace {

const QSize kDefaultSize(900, 660); // WizardWindow's size at start

QString describe(const QWidget *w)
{
    QString name = w->objectName();
    for (const QWidget *p = w->parentWidget(); name.isEmpty() && p; p = p->parentWidget())
        if (!p->objectName().isEmpty())
            name = QStringLiteral("in ") + p->objectName();
    return QStringLiteral("%1(%2)").arg(QString::fromLatin1(w->metaObject()->className()), name);
}

// Whether W lies inside a scrolling view (its part out of sight can be scrolled to).
bool insideScrollArea(const QWidget *w)
{
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget())
        if (qobject_cast<const QAbstractScrollArea *>(p))
            return true;
    return false;
}

// What of WIDGET's text cannot be seen, in words, or "".
QString textProblem(QWidget *widget)
{
    if (auto *l = qobject_cast<QLabel *>(widget)) {
        if (l->text().isEmpty())
            return {};
        if (l->wordWrap()) {
            // The lines it needs at its width, and its longest word.
            const int need = l->heightForWidth(l->width());
            if (need > l->height())
                return QStringLiteral("needs %1 px of height at width %2, has %3").arg(need).arg(l->width()).arg(l->height());
            if (l->minimumSizeHint().width() > l->width())
                return QStringLiteral("a word needs %1 px, the label is %2 px wide").arg(l->minimumSizeHint().width()).arg(l->width());
            return {};
        }
        const QSize need = l->minimumSizeHint();
        if (need.width() > l->width() || need.height() > l->height())
            return QStringLiteral("needs %1x%2, has %3x%4").arg(need.width()).arg(need.height()).arg(l->width()).arg(l->height());
        return {};
    }
    if (auto *c = qobject_cast<QComboBox *>(widget)) {
        // Closed, a combo box shows its current choice in its edit field (the list, open, is as wide
        // as its longest choice).
        if (c->currentText().isEmpty())
            return {};
        QStyleOptionComboBox opt;
        opt.initFrom(c);
        opt.editable = c->isEditable();
        opt.currentText = c->currentText();
        opt.currentIcon = c->itemIcon(c->currentIndex());
        opt.iconSize = c->iconSize();
        const QRect room = c->style()->subControlRect(QStyle::CC_ComboBox, &opt, QStyle::SC_ComboBoxEditField, c);
        int need = c->fontMetrics().horizontalAdvance(c->currentText());
        if (!opt.currentIcon.isNull())
            need += c->iconSize().width() + 4;
        if (need > room.width() || c->fontMetrics().height() > room.height())
            return QStringLiteral("its choice needs %1 px, has %2x%3").arg(need).arg(room.width()).arg(room.height());
        return {};
    }
    if (auto *t = qobject_cast<QTabBar *>(widget)) {
        // Every tab at its full size (not elided, not squeezed) and inside the bar (no scroll arrows).
        for (int i = 0; i < t->count(); ++i) {
            if (!t->isTabVisible(i))
                continue;
            const QRect r = t->tabRect(i);
            // What QTabBar asks for a tab: its text and the style's padding (tabSizeHint is protected).
            QStyleOptionTab opt;
            opt.initFrom(t);
            opt.shape = t->shape();
            opt.text = t->tabText(i);
            const int hframe = t->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, &opt, t);
            const int vframe = t->style()->pixelMetric(QStyle::PM_TabBarTabVSpace, &opt, t);
            const QSize text = t->fontMetrics().size(Qt::TextShowMnemonic, t->tabText(i));
            int iconWidth = 0;
            if (!t->tabIcon(i).isNull())
                iconWidth = t->iconSize().width() + 4;
            const QSize need = t->style()->sizeFromContents(QStyle::CT_TabBarTab, &opt,
                                                            QSize(text.width() + hframe + iconWidth, text.height() + vframe), t);
            if (r.width() < need.width() || !t->rect().contains(r))
                return QStringLiteral("tab %1 \"%2\" needs %3 px, has %4 at %5 in a bar %6 px wide")
                    .arg(i).arg(t->tabText(i)).arg(need.width()).arg(r.width()).arg(r.x()).arg(t->width());
        }
        return {};
    }
    auto *b = qobject_cast<QAbstractButton *>(widget);
    if (!b || b->text().isEmpty())
        return {};
    QStyleOptionButton opt;
    opt.initFrom(b);
    opt.text = b->text();
    opt.icon = b->icon();
    opt.iconSize = b->iconSize();
    QStyle::SubElement contents;
    if (auto *pb = qobject_cast<QPushButton *>(b)) {
        contents = QStyle::SE_PushButtonContents;
        if (pb->autoDefault())
            opt.features |= QStyleOptionButton::AutoDefaultButton;
        if (pb->isDefault())
            opt.features |= QStyleOptionButton::DefaultButton;
    } else if (qobject_cast<QCheckBox *>(b)) {
        contents = QStyle::SE_CheckBoxContents;
    } else if (qobject_cast<QRadioButton *>(b)) {
        contents = QStyle::SE_RadioButtonContents;
    } else {
        return {};
    }
    const QRect room = b->style()->subElementRect(contents, &opt, b);
    QSize need = b->fontMetrics().size(Qt::TextShowMnemonic, b->text());
    if (!b->icon().isNull())
        need.rwidth() += b->iconSize().width() + 4;
    if (need.width() > room.width() || need.height() > room.height())
        return QStringLiteral("its text needs %1x%2, has %3x%4").arg(need.width()).arg(need.height()).arg(room.width()).arg(room.height());
    return {};
}

// Every shown label and button of WINDOW whose text cannot be seen whole.
QStringList clippedTexts(QWidget &window)
{
    QStringList out;
    for (QWidget *c : window.findChildren<QWidget *>()) {
        if (!c->isVisible()
            || !(qobject_cast<QLabel *>(c) || qobject_cast<QAbstractButton *>(c) || qobject_cast<QComboBox *>(c) || qobject_cast<QTabBar *>(c)))
            continue;
        const QString text = qobject_cast<QLabel *>(c)           ? qobject_cast<QLabel *>(c)->text()
                             : qobject_cast<QAbstractButton *>(c) ? qobject_cast<QAbstractButton *>(c)->text()
                             : qobject_cast<QComboBox *>(c)       ? qobject_cast<QComboBox *>(c)->currentText()
                                                                  : QStringLiteral("(tabs)");
        QString problem = textProblem(c);
        // Room of its own is no use when a parent cuts it off.
        if (problem.isEmpty() && !insideScrollArea(c)) {
            for (QWidget *p = c->parentWidget(); p && problem.isEmpty(); p = p->parentWidget()) {
                const QRect mine(c->mapTo(p, QPoint(0, 0)), c->size());
                if (!p->rect().contains(mine))
                    problem = QStringLiteral("cut off by %1 (%2x%3 at %4,%5 in %6x%7)")
                                  .arg(describe(p))
                                  .arg(mine.width()).arg(mine.height()).arg(mine.x()).arg(mine.y())
                                  .arg(p->width()).arg(p->height());
                if (p == &window)
                    break;
            }
        }
        if (!problem.isEmpty())
            out << QStringLiteral("%1 \"%2\": %3").arg(describe(c), text.left(80), problem);
    }
    return out;
}

// The rows (cells) of every shown tree and table of WINDOW that are cut (elided or missing lines) without
// their whole text in the tooltip.
QStringList cutRowsWithoutTooltip(QWidget &window, int *cutRows)
{
    QStringList out;
    for (QAbstractItemView *t : window.findChildren<QAbstractItemView *>()) {
        auto *tree = qobject_cast<QTreeView *>(t);
        auto *table = qobject_cast<QTableView *>(t);
        if (!t->isVisible() || !(tree || table))
            continue;
        auto columnHidden = [&](int col) { return tree ? tree->isColumnHidden(col) : table->isColumnHidden(col); };
        const bool wordWrap = tree ? tree->wordWrap() : table->wordWrap();
        QAbstractItemModel *m = t->model();
        QList<QModelIndex> parents{QModelIndex()};
        while (!parents.isEmpty()) {
            const QModelIndex parent = parents.takeFirst();
            for (int r = 0; r < m->rowCount(parent); ++r) {
                for (int col = 0; col < m->columnCount(parent); ++col) {
                    const QModelIndex idx = m->index(r, col, parent);
                    if (col == 0 && m->hasChildren(idx))
                        parents << idx;
                    const QString text = idx.data(Qt::DisplayRole).toString();
                    const QRect rect = t->visualRect(idx);
                    if (text.isEmpty() || !rect.isValid() || rect.isEmpty() || columnHidden(col) || t->indexWidget(idx))
                        continue;
                    QStyleOptionViewItem opt;
                    opt.initFrom(t->viewport());
                    opt.font = t->font();
                    opt.fontMetrics = t->fontMetrics();
                    const int small = t->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, t);
                    opt.decorationSize = t->iconSize().isValid() ? t->iconSize() : QSize(small, small);
                    opt.decorationPosition = QStyleOptionViewItem::Left;
                    opt.displayAlignment = Qt::AlignLeft | Qt::AlignVCenter;
                    opt.textElideMode = t->textElideMode();
                    if (wordWrap)
                        opt.features |= QStyleOptionViewItem::WrapText;
                    opt.rect = rect;
                    const QSize need = t->itemDelegateForIndex(idx)->sizeHint(opt, idx);
                    if (need.width() <= rect.width() && need.height() <= rect.height())
                        continue;
                    ++*cutRows;
                    const QString tip = idx.data(Qt::ToolTipRole).toString();
                    if (!tip.contains(text))
                        out << QStringLiteral("%1: \"%2\" needs %3x%4, has %5x%6; tooltip \"%7\"")
                                   .arg(t->objectName(), text.left(80))
                                   .arg(need.width()).arg(need.height()).arg(rect.width()).arg(rect.height())
                                   .arg(tip.left(80));
                }
            }
        }
    }
    return out;
}

// Checks the page shown now in both languages; leaves the window in English.
void checkPage(WizardWindow &w, const char *where)
{
    for (const char *lang : {"zh_CN", "en"}) {
        w.setLanguage(QString::fromLatin1(lang));
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
        INFO(where << " in " << lang << ": window " << w.width() << "x" << w.height() << ", minimum "
                   << w.minimumSizeHint().width() << "x" << w.minimumSizeHint().height());
        CHECK(w.size() == kDefaultSize); // what the pages need fits the default window
        const QStringList clipped = clippedTexts(w);
        INFO(clipped.join(QLatin1Char('\n')).toStdString());
        CHECK(clipped.isEmpty());
        int cut = 0;
        const QStringList rows = cutRowsWithoutTooltip(w, &cut);
        INFO(rows.join(QLatin1Char('\n')).toStdString());
        CHECK(rows.isEmpty());
    }
}

} // namespace

TEST_CASE("layout check: it sees a cut label, button, check box, combo box, tab, tree row and table cell", "[gui][layout]")
{
    QWidget window;
    window.resize(400, 300);
    auto *label = new QLabel(QStringLiteral("A label whose text is much longer than its width"), &window);
    label->setGeometry(0, 0, 60, 20);
    auto *wrapped = new QLabel(QStringLiteral("A word-wrapped label with many more words than two lines can hold"), &window);
    wrapped->setWordWrap(true);
    wrapped->setGeometry(0, 20, 120, 20);
    auto *button = new QPushButton(QStringLiteral("A button with a long text"), &window);
    button->setGeometry(0, 40, 60, 30);
    auto *box = new QCheckBox(QStringLiteral("A check box with a long text"), &window);
    box->setGeometry(0, 70, 60, 20);
    auto *outside = new QLabel(QStringLiteral("Outside"), &window);
    outside->setGeometry(380, 270, 100, 20);
    auto *fits = new QLabel(QStringLiteral("Fits"), &window);
    fits->setGeometry(0, 90, 100, 20);
    auto *tree = new QTreeWidget(&window);
    tree->setObjectName(QStringLiteral("tree"));
    tree->setGeometry(0, 110, 120, 90);
    tree->setHeaderHidden(true);
    auto *cutNoTip = new QTreeWidgetItem(tree, {QStringLiteral("A row with a long text and no tooltip")});
    auto *cutTip = new QTreeWidgetItem(tree, {QStringLiteral("A row with a long text and its tooltip")});
    cutTip->setToolTip(0, cutTip->text(0));
    new QTreeWidgetItem(tree, {QStringLiteral("Short")});
    Q_UNUSED(cutNoTip);
    auto *combo = new QComboBox(&window);
    combo->addItems({QStringLiteral("A choice far too long for its box"), QStringLiteral("Short")});
    combo->setGeometry(200, 0, 90, 26);
    auto *comboFits = new QComboBox(&window);
    comboFits->addItems({QStringLiteral("Ok"), QStringLiteral("A longer choice that only the open list shows")});
    comboFits->setGeometry(200, 30, 90, 26);
    auto *tabs = new QTabBar(&window);
    tabs->setObjectName(QStringLiteral("tabs"));
    tabs->setElideMode(Qt::ElideRight);
    tabs->setUsesScrollButtons(false);
    for (const char *t : {"A first long tab", "A second long tab", "A third long tab"})
        tabs->addTab(QString::fromLatin1(t));
    tabs->setGeometry(200, 60, 150, 30);
    auto *table = new QTableWidget(2, 1, &window);
    table->setObjectName(QStringLiteral("table"));
    table->setGeometry(200, 100, 150, 90);
    table->setColumnWidth(0, 80);
    table->setItem(0, 0, new QTableWidgetItem(QStringLiteral("A cell with a long text and no tooltip")));
    table->setItem(1, 0, new QTableWidgetItem(QStringLiteral("Short")));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const QString clipped = clippedTexts(window).join(QLatin1Char('\n'));
    INFO(clipped.toStdString());
    CHECK(clipped.count(QLatin1Char('\n')) == 6); // seven problems
    for (const char *text : {"A label whose", "A word-wrapped", "A button", "A check box", "Outside", "A choice far too long", "(tabs)"})
        CHECK(clipped.contains(QString::fromLatin1(text)));
    CHECK_FALSE(clipped.contains(QStringLiteral("\"Fits\"")));
    CHECK_FALSE(clipped.contains(QStringLiteral("\"Ok\"")));
    int cut = 0;
    const QStringList rows = cutRowsWithoutTooltip(window, &cut);
    CHECK(cut == 3);
    INFO(rows.join(QLatin1Char('\n')).toStdString());
    REQUIRE(rows.size() == 2);
    CHECK(rows.join(QLatin1Char('\n')).contains(QStringLiteral("tree: \"A row with a long text and no tooltip")));
    CHECK(rows.join(QLatin1Char('\n')).contains(QStringLiteral("table: \"A cell with a long text and no tooltip")));
}

TEST_CASE("wizard: every page shows its whole text in English and Chinese at the default size", "[gui][layout][i18n]")
{
    if (!demoImageAvailable())
        return;
    WizardWindow w(QString(), defaultWizardHooks(), ChartBackend::Painter);
    w.setAutoAdvance(false);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    checkPage(w, "welcome");
    w.setTargetSpec(QStringLiteral("demo"));
    checkPage(w, "welcome, demo chosen");

    w.next();
    REQUIRE(w.currentId() == WizardWindow::ScanPage);
    REQUIRE(QTest::qWaitFor([&]() { return w.scanFinished(); }, 120000));
    checkPage(w, "scan");

    w.next();
    REQUIRE(w.currentId() == WizardWindow::FindingsPage);
    checkPage(w, "findings");
    w.showFindingsTab(WizardWindow::FindingsTabDumps);
    checkPage(w, "crash dumps");
    w.showFindingsTab(WizardWindow::FindingsTabLeaks);
    REQUIRE(QTest::qWaitFor([&]() { return w.leakMonitor()->model()->sampleCount() > 0; }, 10000));
    checkPage(w, "leak monitor");
    w.showFindingsTab(WizardWindow::FindingsTabList);

    w.next();
    REQUIRE(w.currentId() == WizardWindow::PlanPage);
    REQUIRE_FALSE(w.selectedActions().isEmpty());
    checkPage(w, "plan");
    w.setConfirmed(true);
    checkPage(w, "plan, confirmed");

    w.next();
    REQUIRE(w.currentId() == WizardWindow::ApplyPage);
    REQUIRE(QTest::qWaitFor([&]() { return w.applyFinished(); }, 120000));
    INFO(w.applyOutcome().error.toStdString());
    REQUIRE(w.applyOutcome().ok);
    checkPage(w, "apply");

    w.next();
    REQUIRE(w.currentId() == WizardWindow::ResultPage);
    REQUIRE_FALSE(w.snapshotIds().isEmpty());
    checkPage(w, "result");
}

TEST_CASE("wizard: a saved report's pages show their whole text in English and Chinese at the default size", "[gui][layout][i18n]")
{
    // Read-only: the plan page explains at length why nothing can be repaired.
    WizardWindow w(QStringLiteral("report:") + wd::test::sourceDir() + QStringLiteral("/tests/data/sample_scan.json"),
                   defaultWizardHooks(), ChartBackend::Painter);
    w.show();
    REQUIRE(QTest::qWaitFor([&]() { return w.currentId() == WizardWindow::FindingsPage; }, 10000));
    checkPage(w, "findings of a report");
    w.showFindingsTab(WizardWindow::FindingsTabLeaks);
    checkPage(w, "leak monitor of a report");
    w.showFindingsTab(WizardWindow::FindingsTabList);
    w.next();
    REQUIRE(w.currentId() == WizardWindow::PlanPage);
    REQUIRE_FALSE(w.planExplanation().isEmpty());
    checkPage(w, "plan of a report");
}

TEST_CASE("wizard: a failed and rolled-back repair's pages show their whole text in English and Chinese", "[gui][layout][i18n]")
{
    // The sample scan replayed; one repair fails on purpose, so the result page says what was rolled back.
    Expected<ScanResult> saved = loadReport(wd::test::sourceDir() + QStringLiteral("/tests/data/sample_scan.json"));
    REQUIRE(saved.ok());
    auto service = std::make_shared<DemoRepairService>();
    service->setFailingAction(QStringLiteral("appinit.disable"));
    WizardHooks h = defaultWizardHooks();
    const ScanResult result = *saved;
    h.scan = [result](const QString &, const ScanOptions &, const CancelToken &, const ProgressFn &progress) -> Expected<ScanResult> {
        for (const CheckRun &c : result.checks) {
            progress(c.id, 0, 0, c.title);
            QThread::msleep(2);
            progress(c.id, 1, 1, c.title);
        }
        return result;
    };
    h.plannedChecks = [result](const QString &) {
        QList<QPair<QString, QString>> rows;
        for (const CheckRun &c : result.checks)
            rows.append({c.id, c.title});
        return rows;
    };
    h.repairs = [service](const QString &) { return service; };
    WizardWindow w(QStringLiteral("demo"), h, ChartBackend::Painter);
    w.show();
    REQUIRE(QTest::qWaitFor([&]() { return w.currentId() == WizardWindow::FindingsPage; }, 10000));
    checkPage(w, "findings of the sample scan");
    w.showFindingsTab(WizardWindow::FindingsTabDumps);
    checkPage(w, "crash dumps of the sample scan");
    w.showFindingsTab(WizardWindow::FindingsTabList);
    w.next();
    w.setConfirmed(true);
    checkPage(w, "plan of the sample scan");
    w.next();
    REQUIRE(QTest::qWaitFor([&]() { return w.applyFinished(); }, 10000));
    REQUIRE_FALSE(w.applyOutcome().ok);
    checkPage(w, "apply with a failed repair");
    w.next();
    REQUIRE(w.currentId() == WizardWindow::ResultPage);
    checkPage(w, "result with a failed repair");
}
