def task(i):
    if i % 2:
        raise ValueError(f"task {i} failed")
    raise TypeError(f"task {i} bad type")

def run_all():
    errors = []
    for i in range(3):
        try:
            task(i)
        except Exception as e:
            errors.append(e)
    raise ExceptionGroup("run_all failed", errors)

try:
    run_all()
except* ValueError as eg:
    print("handled", len(eg.exceptions), "ValueError(s)")
