// "I have a support code": a helpdesk agent types the code the user reads out and sees the findings in words.
#pragma once
#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;

namespace wd {
namespace ui {

class SupportCodeDialog : public QDialog {
    Q_OBJECT
public:
    explicit SupportCodeDialog(QWidget *parent = nullptr);
    void setCode(const QString &code);
    bool decode();               // decodes the entered code; false on a typo / invalid code
    QString resultText() const;  // the decoded findings in words, or the error

protected:
    void changeEvent(QEvent *e) override;

private:
    void retranslate();
    QLabel *m_prompt;
    QLineEdit *m_edit;
    QPushButton *m_decode;
    QTextBrowser *m_result;
};

} // namespace ui
} // namespace wd
