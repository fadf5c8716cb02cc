// About: the brand's product name and logo, version, vendor and support contacts (all compiled into the
// program, see core/brand.h), what it is based on, and the Qt and OpenSSL it runs with.
#pragma once
#include <QDialog>

class QLabel;

namespace wd {
namespace ui {

class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
    QString plainText() const; // everything the dialog says, as plain text (tests)

private:
    QLabel *m_text = nullptr;
};

} // namespace ui
} // namespace wd
