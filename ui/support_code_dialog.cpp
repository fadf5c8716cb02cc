#include "ui/support_code_dialog.h"
#include "core/support_code.h"
#include "report/html_report.h"
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace wd {
namespace ui {

SupportCodeDialog::SupportCodeDialog(QWidget *parent) : QDialog(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_prompt = new QLabel;
    m_prompt->setWordWrap(true);
    m_edit = new QLineEdit;
    m_edit->setObjectName(QStringLiteral("supportCodeEdit"));
    m_edit->setPlaceholderText(QStringLiteral("XXXX-XXXX-XXXX"));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    mono.setPointSizeF(font().pointSizeF() * 1.3);
    m_edit->setFont(mono);
    m_prompt->setBuddy(m_edit);
    m_decode = new QPushButton;
    m_decode->setDefault(true);
    auto *row = new QHBoxLayout;
    row->addWidget(m_edit, 1);
    row->addWidget(m_decode);
    m_result = new QTextBrowser;
    m_result->setObjectName(QStringLiteral("supportCodeResult"));
    m_result->setOpenLinks(false);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Close);
    layout->addWidget(m_prompt);
    layout->addLayout(row);
    layout->addWidget(m_result, 1);
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_decode, &QPushButton::clicked, this, [this]() { decode(); });
    connect(m_edit, &QLineEdit::returnPressed, this, [this]() { decode(); });
    resize(520, 360);
    retranslate();
}

void SupportCodeDialog::setCode(const QString &code)
{
    m_edit->setText(code);
}

bool SupportCodeDialog::decode()
{
    const Expected<SupportCodeInfo> info = SupportCode::decode(m_edit->text());
    if (!info) {
        m_result->setHtml(QStringLiteral("<p style=\"color:#cf222e\"><b>%1</b></p>").arg(htmlEscape(info.error().message)));
        return false;
    }
    QString html = QStringLiteral("<p><b>%1</b> %2<br><b>%3</b> %4</p>")
                       .arg(htmlEscape(tr("Worst severity:")), htmlEscape(severityDisplayName(severityFromString(info->worstSeverity))),
                            htmlEscape(tr("Windows:")), htmlEscape(info->build.isEmpty() ? tr("unknown") : info->build));
    if (info->descriptions.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(htmlEscape(tr("The scan found no problems.")));
    } else {
        html += QStringLiteral("<p>%1</p><ul>").arg(htmlEscape(tr("The scan found:")));
        for (const QString &d : info->descriptions)
            html += QStringLiteral("<li>%1</li>").arg(htmlEscape(d));
        html += QStringLiteral("</ul>");
    }
    m_result->setHtml(html);
    return true;
}

QString SupportCodeDialog::resultText() const
{
    return m_result->toPlainText();
}

void SupportCodeDialog::retranslate()
{
    setWindowTitle(tr("Decode a support code"));
    m_prompt->setText(tr("Type the &support code the user reads to you (12 characters; dashes and case do not matter):"));
    m_edit->setAccessibleName(tr("Support code"));
    m_decode->setText(tr("&Decode"));
    m_result->setAccessibleName(tr("Decoded findings"));
}

void SupportCodeDialog::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(e);
}

} // namespace ui
} // namespace wd
