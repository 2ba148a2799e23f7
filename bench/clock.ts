export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** CPU time the process spends from now until `stop()`, in ms. */
export class CpuTime {
	private readonly start = process.cpuUsage();

	stop(): number {
		const used = process.cpuUsage(this.start);
		return (used.user + used.system) / 1000;
	}
}

/** Samples the heap while a case runs; reports the peak above the level it started at. */
export class MemoryPeak {
	private readonly baseline = process.memoryUsage().heapUsed;

	private peak = this.baseline;

	private readonly timer = setInterval(() => {
		this.peak = Math.max(this.peak, process.memoryUsage().heapUsed);
	}, 10);

	stop(): number {
		clearInterval(this.timer);
		this.peak = Math.max(this.peak, process.memoryUsage().heapUsed);
		return (this.peak - this.baseline) / 1024 / 1024;
	}
}
