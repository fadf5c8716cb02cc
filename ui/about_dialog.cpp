#include "ui/about_dialog.h"
#include "core/brand.h"
#include "ui/brand_ui.h"
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QTextDocument>
#include <QVBoxLayout>
#include <openssl/crypto.h>

namespace wd {
namespace ui {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    const Brand &b = brand();
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About %1").arg(b.productName()));
    auto *logo = new QLabel;
    logo->setPixmap(brandLogo(64));
    logo->setAlignment(Qt::AlignTop);
    m_text = new QLabel;
    m_text->setObjectName(QStringLiteral("aboutText"));
    m_text->setTextFormat(Qt::RichText);
    m_text->setOpenExternalLinks(true);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_text->setWordWrap(true);
    m_text->setMinimumWidth(380);

    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString html = QStringLiteral("<h3>%1 %2</h3>").arg(esc(b.productName()), esc(QStringLiteral(WD_VERSION)));
    html += QStringLiteral("<p>%1</p>").arg(esc(tr("Diagnoses and repairs Windows network failures and blue screens tied to ws2_32.dll.")));
    html += QStringLiteral("<p>%1</p>").arg(esc(b.vendor()));
    if (!b.supportPhone().isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("Support phone: %1").arg(b.supportPhone())));
    if (!b.supportUrl().isEmpty())
        html += QStringLiteral("<p>%1 <a href=\"%2\">%2</a></p>").arg(esc(tr("Support:")), esc(b.supportUrl()));
    if (!b.isBase())
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("Based on %1 %2.").arg(QString::fromLatin1(kBaseProductName), QStringLiteral(WD_VERSION))));
    html += QStringLiteral("<p><small>%1</small></p>")
                .arg(esc(tr("Qt %1, %2").arg(QString::fromLatin1(qVersion()), QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)))));
    m_text->setText(html);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *row = new QHBoxLayout;
    row->addWidget(logo);
    row->addWidget(m_text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
}

QString AboutDialog::plainText() const
{
    QTextDocument doc;
    doc.setHtml(m_text->text());
    return doc.toPlainText();
}

} // namespace ui
} // namespace wd
