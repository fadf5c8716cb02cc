// The brand in the wizard: window title, logo and banner on the page headers, the About dialog with the
// support contacts. Run against this build's compiled-in brand (tools/check-branding.sh runs the [brand]
// tests of a branded build and names the brand it expects in WD_EXPECT_PRODUCT / WD_EXPECT_VENDOR) and
// against the example brand put in place at run time.
#include "core/brand.h"
#include "core/i18n.h"
#include "support/test_util.h"
#include "ui/about_dialog.h"
#include "ui/brand_ui.h"
#include "ui/theme.h"
#include "ui/wizard.h"
#include <catch2/catch.hpp>
#include <QAbstractButton>
#include <QApplication>
#include <QImage>
#include <QStyle>
#include <QStyleFactory>

using namespace wd;
using wd::test::LanguageGuard;
using wd::test::exampleBrand;
using namespace wd::ui;

namespace {

// What the wizard and its About dialog must show for the brand in effect.
void checkWizardShowsBrand()
{
    const Brand &b = brand();
    WizardWindow w;
    CHECK(w.windowTitle() == b.productName());
    const QImage logo = w.pixmap(QWizard::LogoPixmap).toImage();
    REQUIRE_FALSE(logo.isNull());
    QImage expected;
    REQUIRE(expected.loadFromData(b.logoPng(), "PNG"));
    // The header shows the brand's logo: its centre pixel has the logo's colour there.
    const QColor got = logo.pixelColor(logo.width() / 2, logo.height() / 4);
    const QColor want = expected.pixelColor(expected.width() / 2, expected.height() / 4);
    CHECK(std::abs(got.red() - want.red()) + std::abs(got.green() - want.green()) + std::abs(got.blue() - want.blue()) < 60);
    // The page headers are tinted in the accent colour (the pages keep the normal colours).
    const QColor header = w.palette().color(QPalette::Base);
    const QColor page = w.page(WizardWindow::WelcomePage)->palette().color(QPalette::Base);
    CHECK((header != page) == !b.accentColor().isEmpty());
    if (!b.accentColor().isEmpty())
        CHECK(header == brandHeaderColor(page));
    QAbstractButton *about = w.button(QWizard::CustomButton1);
    REQUIRE(about);
    CHECK(about->text().remove(QLatin1Char('&')).isEmpty() == false);

    AboutDialog d(&w);
    const QString text = d.plainText();
    CHECK(d.windowTitle().contains(b.productName()));
    CHECK(text.contains(b.productName() + QLatin1Char(' ') + QStringLiteral(WD_VERSION)));
    CHECK(text.contains(b.vendor()));
    if (!b.supportPhone().isEmpty())
        CHECK(text.contains(b.supportPhone()));
    if (!b.supportUrl().isEmpty())
        CHECK(text.contains(b.supportUrl()));
    if (!b.isBase()) // "Based on Winsock Doctor 0.1.0." (the base name is never replaced by the brand's)
        CHECK(text.contains(QStringLiteral("Winsock Doctor ") + QStringLiteral(WD_VERSION)));
    CHECK(text.contains(QStringLiteral("OpenSSL")));
}

} // namespace

TEST_CASE("The wizard and About show this build's brand", "[brand][gui]")
{
    const LanguageGuard en(QStringLiteral("en"));
    const QByteArray expectProduct = qgetenv("WD_EXPECT_PRODUCT");
    if (!expectProduct.isEmpty()) {
        // A branded build: the brand compiled in is the one it was configured with.
        CHECK(brand().productName(QStringLiteral("en")) == QString::fromUtf8(expectProduct));
        CHECK(brand().vendor(QStringLiteral("en")) == QString::fromUtf8(qgetenv("WD_EXPECT_VENDOR")));
        CHECK_FALSE(brand().isBase());
    }
    checkWizardShowsBrand();
}

TEST_CASE("A brand's name, logo, banner and contacts reach the wizard in both languages", "[brand][gui]")
{
    const ScopedBrandOverride scoped(exampleBrand());
    {
        const LanguageGuard en(QStringLiteral("en"));
        checkWizardShowsBrand();
        WizardWindow w;
        CHECK(w.windowTitle() == QStringLiteral("Contoso PC Rescue"));
        CHECK(w.button(QWizard::CustomButton1)->text() == QStringLiteral("A&bout"));
        // The accent colour marks selections and links, in the light and the dark theme.
        const QPalette before = QApplication::palette();
        const QString style = QApplication::style()->name();
        for (const bool dark : {false, true}) {
            applyTheme(*qApp, dark);
            CHECK(QApplication::palette().color(QPalette::Highlight) == QColor(QStringLiteral("#0f7b6c")));
            CHECK(QApplication::palette().color(QPalette::Link) == QColor(QStringLiteral("#0f7b6c")));
        }
        QApplication::setStyle(QStyleFactory::create(style)); // dark switched to Fusion
        QApplication::setPalette(before);
    }
    {
        const LanguageGuard zh(QStringLiteral("zh_CN"));
        checkWizardShowsBrand();
        WizardWindow w;
        CHECK(w.windowTitle() == QStringLiteral("康托索电脑急救"));
        AboutDialog d(&w);
        CHECK(d.plainText().contains(QStringLiteral("400 555 0100")));
        CHECK(d.plainText().contains(QStringLiteral("康托索技术支持有限公司")));
    }
}
