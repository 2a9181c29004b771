#include "web/Worker.h"

namespace oscalis::web {

Worker::Worker(const QString& name, WorkerServices::Config config) : m_config(std::move(config)) {
    m_thread.setObjectName(name);
}

Worker::~Worker() {
    stop();
}

void Worker::start() {
    QMutexLocker lock(&m_mutex);
    if (m_context)
        return;
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_context, [this] { m_services = std::make_unique<WorkerServices>(m_config); },
        Qt::QueuedConnection);
}

bool Worker::post(Job job) {
    QMutexLocker lock(&m_mutex);
    if (!m_context)
        return false;
    QMetaObject::invokeMethod(
        m_context,
        [this, job = std::move(job)] {
            if (m_services)
                job(*m_services);
        },
        Qt::QueuedConnection);
    return true;
}

void Worker::stop() {
    QMutexLocker lock(&m_mutex);
    if (!m_context)
        return;
    // The database connection must be closed on the thread that opened it.
    QMetaObject::invokeMethod(
        m_context, [this] { m_services.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_context = nullptr; // deleted by the thread's finished signal
}

} // namespace oscalis::web
