// tidings-render-icon SVG PNG SIZE: renders the scalable app icon to a square PNG for the hicolor
// theme at build time (packaging/linux/CMakeLists.txt). Built for packaging only, never installed;
// QSvgRenderer keeps the build free of an extra tool such as rsvg-convert.

#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    bool sizeOk = false;
    const int size = args.size() == 4 ? args.at(3).toInt(&sizeOk) : 0;
    if (!sizeOk || size < 1 || size > 1024) {
        std::fprintf(stderr, "usage: tidings-render-icon SVG PNG SIZE\n");
        return 2;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "tidings-render-icon: %s: not a valid SVG\n", qPrintable(args.at(1)));
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
    }
    if (!image.save(args.at(2), "PNG")) {
        std::fprintf(stderr, "tidings-render-icon: %s: cannot write\n", qPrintable(args.at(2)));
        return 1;
    }
    return 0;
}
