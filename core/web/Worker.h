#pragma once

#include "web/WorkerServices.h"

#include <QMutex>
#include <QObject>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>

namespace oscalis::web {

/// A thread that runs the web server's slow work (SQL, password hashing) off the network thread,
/// one job after the other, with its own WorkerServices. Jobs deliver their results back with a
/// queued call to an object of the network thread.
///
/// Owner: WebServer, on the GUI thread. post() may be called from any thread; the job runs on
/// the worker thread. stop() runs the jobs already queued, closes the services and joins the
/// thread; jobs posted after that are dropped.
class Worker {
public:
    using Job = std::function<void(WorkerServices&)>;

    Worker(const QString& name, WorkerServices::Config config);
    ~Worker();
    Worker(const Worker&) = delete;
    Worker& operator=(const Worker&) = delete;

    /// Starts the thread; the services are made on it before the first job runs.
    void start();
    /// Queues job; false (and the job dropped) when the worker is not running.
    bool post(Job job);
    void stop();

private:
    WorkerServices::Config m_config;
    QThread m_thread;
    QMutex m_mutex;                             ///< guards m_context against post() during stop()
    QObject* m_context = nullptr;               ///< lives on m_thread; jobs are queued to it
    std::unique_ptr<WorkerServices> m_services; ///< touched on m_thread only
};

} // namespace oscalis::web
